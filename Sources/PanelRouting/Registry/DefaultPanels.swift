// Generated from Resources/default-panels.json; do not edit by hand. To regenerate, run in
// Sources/PanelRouting:
//   { sed -n '1,/^  static let embeddedDefaultRegistry = #"""$/p' Registry/DefaultPanels.swift;
//     cat Resources/default-panels.json; printf '"""#\n}\n'; } > /tmp/panels.swift
//   mv /tmp/panels.swift Registry/DefaultPanels.swift
//   swift-format format -i Registry/DefaultPanels.swift
// A test checks that the literal equals the resource file byte for byte.

extension PanelRegistry {
  /// The bundled default registry file, embedded so that loading it never depends on
  /// finding the resource bundle next to the executable.
  static let embeddedDefaultRegistry = #"""
    {
      "panels": [
        {"route": "/customer/:id", "title": "Customer"},
        {"route": "/customer/:id/general_info", "title": "General info"},
        {"route": "/customer/:id/general_info/address_info", "title": "Address info"},
        {"route": "/customer/:id/general_info/web_self_care", "title": "Web self-care"},
        {"route": "/customer/:id/general_info/sales_agents", "title": "Sales agents"},
        {"route": "/customer/:id/general_info/payment_method", "title": "Payment method"},
        {"route": "/customer/:id/general_info/life_cycle", "title": "Life cycle"},
        {"route": "/customer/:id/general_info/additional_info", "title": "Additional info"},
        {"route": "/account/:id", "title": "Account"},
        {"route": "/account/:id/general_info", "title": "General info"},
        {"route": "/account/:id/general_info/address_info", "title": "Address info"},
        {"route": "/account/:id/general_info/web_self_care", "title": "Web self-care"},
        {"route": "/account/:id/general_info/life_cycle", "title": "Life cycle"},
        {"route": "/account/:id/general_info/payment_method", "title": "Payment method"},
        {"route": "/account/:id/general_info/additional_info", "title": "Additional info"},
        {"route": "/reseller/:id", "title": "Reseller"},
        {"route": "/reseller/:id/general_info", "title": "General info"},
        {"route": "/reseller/:id/general_info/address_info", "title": "Address info"},
        {"route": "/reseller/:id/general_info/web_self_care", "title": "Web self-care"},
        {"route": "/reseller/:id/general_info/payment_method", "title": "Payment method"},
        {"route": "/reseller/:id/general_info/additional_info", "title": "Additional info"},
        {"route": "/distributor/:id", "title": "Distributor"},
        {"route": "/distributor/:id/general_info", "title": "General info"},
        {"route": "/distributor/:id/general_info/address_info", "title": "Address info"},
        {"route": "/distributor/:id/general_info/web_self_care", "title": "Web self-care"},
        {"route": "/vendor/:id", "title": "Vendor"},
        {"route": "/product/:id", "title": "Product"},
        {"route": "/tariff/:id", "title": "Tariff"}
      ]
    }
    """#
}
