// The PortaPluginFixtures module; its types are added by the issues that build it.
