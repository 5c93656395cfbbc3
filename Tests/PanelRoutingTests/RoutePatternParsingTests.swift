import Testing

@testable import PanelRouting
