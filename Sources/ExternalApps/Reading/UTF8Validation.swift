/// Returns the length of the valid UTF-8 sequence that starts at `index`, or 0
/// when the bytes there are not valid UTF-8.
///
/// The check follows the well-formed byte sequences of the Unicode Standard
/// (table 3-7): it rejects overlong forms, surrogates (U+D800 to U+DFFF) and
/// code points above U+10FFFF. The caller handles ASCII bytes itself.
@inline(__always)
func validUTF8SequenceLength(in buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
  let lead = buffer[index]
  let available = buffer.count - index

  @inline(__always) func isContinuation(_ offset: Int) -> Bool {
    buffer[index + offset] & 0xC0 == 0x80
  }

  switch lead {
  case 0xC2...0xDF:
    return available >= 2 && isContinuation(1) ? 2 : 0
  case 0xE0...0xEF:
    guard available >= 3 else { return 0 }
    let second = buffer[index + 1]
    let secondRange: ClosedRange<UInt8> =
      switch lead {
      case 0xE0: 0xA0...0xBF
      case 0xED: 0x80...0x9F
      default: 0x80...0xBF
      }
    return secondRange.contains(second) && isContinuation(2) ? 3 : 0
  case 0xF0...0xF4:
    guard available >= 4 else { return 0 }
    let second = buffer[index + 1]
    let secondRange: ClosedRange<UInt8> =
      switch lead {
      case 0xF0: 0x90...0xBF
      case 0xF4: 0x80...0x8F
      default: 0x80...0xBF
      }
    return secondRange.contains(second) && isContinuation(2) && isContinuation(3) ? 4 : 0
  default:
    return 0
  }
}
