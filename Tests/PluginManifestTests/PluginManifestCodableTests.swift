import PluginManifest
import Testing
