/// Turns a message written as clauses into sentences, the style every
/// PortaPluginKit module's messages share.
enum MessageSentences {
  /// Field names that stay as written at the start of a sentence.
  static let identifiers: Set<String> = ["route", "routerLink", "linkLabel", "panelSize", "data"]

  /// Returns `draft` with each `; ` outside quotes turned into a sentence
  /// break, each sentence capitalized unless it starts with a field name, and
  /// a final period.
  ///
  /// Text inside double quotes is a value as the user wrote it and is never changed.
  static func format(_ draft: String) -> String {
    var output = ""
    var isInsideQuotes = false
    var isEscaped = false
    var startsSentence = true
    var characters = draft[...]

    while let character = characters.first {
      characters = characters.dropFirst()
      if startsSentence && character == " " {
        output.append(character)
        continue
      }
      if startsSentence {
        startsSentence = false
        let word = String(([character] + characters.prefix { $0.isLetter || $0.isNumber }))
        if character.isLowercase && !identifiers.contains(word) {
          output += character.uppercased()
          continue
        }
      }
      if isInsideQuotes {
        if isEscaped {
          isEscaped = false
        } else if character == "\\" {
          isEscaped = true
        } else if character == "\"" {
          isInsideQuotes = false
        }
        output.append(character)
        continue
      }
      if character == "\"" {
        isInsideQuotes = true
      } else if character == ";", characters.first == " " {
        output += "."
        startsSentence = true
        continue
      }
      output.append(character)
    }

    if let last = output.last, !".?!".contains(last) {
      output += "."
    }
    return output
  }
}
