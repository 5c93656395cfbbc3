import CZlib

/// A failure inside zlib while compressing or decompressing.
struct ZlibError: Error {
  var message: String
}

/// Thin wrappers over the system zlib for raw DEFLATE (RFC 1951) and CRC-32.
enum Zlib {
  /// Returns the CRC-32 checksum ZIP stores for `bytes`.
  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBufferPointer { buffer in
      var checksum = CZlib.crc32(0, nil, 0)
      var offset = 0
      // zlib takes a 32-bit length, so feed large inputs in chunks.
      while offset < buffer.count {
        let length = min(buffer.count - offset, 1 << 30)
        checksum = CZlib.crc32(checksum, buffer.baseAddress! + offset, uInt(length))
        offset += length
      }
      return UInt32(checksum)
    }
  }

  /// Compresses `bytes` as raw DEFLATE at zlib's default level (6), its usual
  /// balance of speed and size.
  static func deflate(_ bytes: [UInt8]) throws -> [UInt8] {
    var stream = z_stream()
    let windowBits: Int32 = -15  // negative: raw DEFLATE, no zlib header, as ZIP stores it
    let status = deflateInit2_(
      &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
      Int32(MemoryLayout<z_stream>.size)
    )
    guard status == Z_OK else { throw ZlibError(message: "deflateInit2 failed with status \(status)") }
    defer { deflateEnd(&stream) }

    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 64)
    var input = bytes
    let produced = try input.withUnsafeMutableBufferPointer { inputBuffer in
      try output.withUnsafeMutableBufferPointer { outputBuffer in
        stream.next_in = inputBuffer.baseAddress
        stream.avail_in = uInt(inputBuffer.count)
        stream.next_out = outputBuffer.baseAddress
        stream.avail_out = uInt(outputBuffer.count)
        let result = CZlib.deflate(&stream, Z_FINISH)
        guard result == Z_STREAM_END else { throw ZlibError(message: "deflate failed with status \(result)") }
        return Int(stream.total_out)
      }
    }
    output.removeSubrange(produced...)
    return output
  }

  /// Decompresses raw DEFLATE data, stopping as soon as the output would pass `limit` bytes.
  ///
  /// The output grows in 64 KiB steps and is checked after each one, so a
  /// small input that inflates to gigabytes costs at most `limit` plus one step.
  ///
  /// - Returns: The output, or `nil` when it would exceed `limit`.
  /// - Throws: ``ZlibError`` when the data is not valid DEFLATE or ends early.
  static func inflate(_ compressed: ArraySlice<UInt8>, limit: Int) throws -> [UInt8]? {
    var stream = z_stream()
    let status = inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else { throw ZlibError(message: "inflateInit2 failed with status \(status)") }
    defer { inflateEnd(&stream) }

    let chunkSize = 64 * 1024
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    var input = Array(compressed)

    return try input.withUnsafeMutableBufferPointer { inputBuffer -> [UInt8]? in
      stream.next_in = inputBuffer.baseAddress
      stream.avail_in = uInt(inputBuffer.count)
      while true {
        let (result, produced) = chunk.withUnsafeMutableBufferPointer { chunkBuffer -> (Int32, Int) in
          stream.next_out = chunkBuffer.baseAddress
          stream.avail_out = uInt(chunkSize)
          let result = CZlib.inflate(&stream, Z_NO_FLUSH)
          return (result, chunkSize - Int(stream.avail_out))
        }
        if output.count + produced > limit { return nil }
        output.append(contentsOf: chunk[0..<produced])
        switch result {
        case Z_STREAM_END:
          return output
        case Z_OK:
          continue
        case Z_BUF_ERROR where stream.avail_in == 0:
          throw ZlibError(message: "the compressed data ends before the end of the DEFLATE stream")
        default:
          throw ZlibError(message: "the compressed data is not valid DEFLATE (zlib status \(result))")
        }
      }
    }
  }
}
