import Foundation
import PortaPluginCLI

let status = PortaPluginTool.run(arguments: Array(CommandLine.arguments.dropFirst()), console: ProcessConsole())
exit(status.rawValue)
