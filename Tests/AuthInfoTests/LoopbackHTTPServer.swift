import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One HTTP request as a loopback server received it.
struct ReceivedRequest: Sendable {
  /// The request line, such as `POST /session HTTP/1.1`.
  var requestLine: String
  /// The header fields in order, names as sent.
  var headers: [(name: String, value: String)]
  /// The body bytes, exactly as received.
  var body: [UInt8]

  /// Returns the value of the first header with `name`, compared without case.
  func header(_ name: String) -> String? {
    headers.first { $0.name.lowercased() == name.lowercased() }?.value
  }
}

/// Failures of the loopback server, each naming the system call or the step.
enum LoopbackServerError: Error, CustomStringConvertible {
  case systemCallFailed(name: String, errorNumber: Int32)
  case timedOut(step: String)
  case malformedRequest(reason: String)

  var description: String {
    switch self {
    case .systemCallFailed(let name, let errorNumber):
      "\(name) failed with errno \(errorNumber)"
    case .timedOut(let step):
      "timed out while waiting to \(step)"
    case .malformedRequest(let reason):
      "malformed request: \(reason)"
    }
  }
}

/// A one-request HTTP/1.1 server on 127.0.0.1 for tests.
///
/// It binds port 0 so the system picks a free port, accepts one connection on a
/// thread of its own, reads the header and a `Content-Length` body with a deadline,
/// records the request, replies `204 No Content` and closes. Every wait uses
/// `poll` with the remaining time, so a client that never connects or never
/// finishes sending makes the server give up instead of hanging the test run.
final class LoopbackHTTPServer: @unchecked Sendable {
  /// The port the server listens on.
  let port: UInt16

  private let listener: Int32
  private let timeout: Duration
  // `lock` guards `result` and `isClosed`.
  private let lock = NSLock()
  private var result: Result<ReceivedRequest, LoopbackServerError>?
  private var isClosed = false
  private let finished = DispatchSemaphore(value: 0)

  /// Binds 127.0.0.1 on a free port and starts listening.
  init(timeout: Duration = .seconds(10)) throws {
    self.timeout = timeout
    #if canImport(Glibc)
      let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let descriptor = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard descriptor >= 0 else {
      throw LoopbackServerError.systemCallFailed(name: "socket", errorNumber: errno)
    }

    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
    let length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
    }
    guard bound == 0, listen(descriptor, 1) == 0 else {
      let errorNumber = errno
      close(descriptor)
      throw LoopbackServerError.systemCallFailed(name: "bind or listen", errorNumber: errorNumber)
    }

    var actual = sockaddr_in()
    var actualLength = length
    _ = withUnsafeMutablePointer(to: &actual) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &actualLength) }
    }
    self.listener = descriptor
    self.port = UInt16(bigEndian: actual.sin_port)
  }

  /// Starts the thread that serves one request.
  func start() {
    let thread = Thread { [self] in
      let outcome: Result<ReceivedRequest, LoopbackServerError>
      do {
        outcome = .success(try serveOneRequest())
      } catch let error as LoopbackServerError {
        outcome = .failure(error)
      } catch {
        outcome = .failure(.malformedRequest(reason: "\(error)"))
      }
      lock.lock()
      result = outcome
      lock.unlock()
      finished.signal()
    }
    thread.start()
  }

  /// Waits for the serving thread to finish and returns what it received.
  func receivedRequest() throws -> ReceivedRequest {
    let seconds = Double(timeout.components.seconds) + 1
    guard finished.wait(timeout: .now() + seconds) == .success else {
      throw LoopbackServerError.timedOut(step: "finish serving")
    }
    finished.signal()
    lock.lock()
    defer { lock.unlock() }
    return try result!.get()
  }

  /// Closes the listening socket; safe to call more than once.
  func stop() {
    lock.lock()
    defer { lock.unlock() }
    guard !isClosed else { return }
    isClosed = true
    close(listener)
  }

  deinit {
    stop()
  }

  // MARK: - Serving

  private func serveOneRequest() throws -> ReceivedRequest {
    let deadline = ContinuousClock.now + timeout
    try waitUntilReadable(listener, deadline: deadline, step: "accept a connection")
    let connection = accept(listener, nil, nil)
    guard connection >= 0 else {
      throw LoopbackServerError.systemCallFailed(name: "accept", errorNumber: errno)
    }
    defer { close(connection) }

    // Read until the blank line that ends the header.
    var received: [UInt8] = []
    var headerEnd: Int?
    while headerEnd == nil {
      try readMore(from: connection, into: &received, deadline: deadline, step: "read the header")
      headerEnd = Self.endOfHeader(in: received)
    }
    var request = try Self.parseHeader(Array(received[..<headerEnd!]))

    if request.header("Expect")?.lowercased() == "100-continue" {
      try write("HTTP/1.1 100 Continue\r\n\r\n", to: connection)
    }

    // Read exactly Content-Length bytes of body.
    guard let lengthText = request.header("Content-Length"), let length = Int(lengthText) else {
      throw LoopbackServerError.malformedRequest(reason: "no Content-Length header")
    }
    var body = Array(received[(headerEnd! + 4)...])
    while body.count < length {
      try readMore(from: connection, into: &body, deadline: deadline, step: "read the body")
    }
    request.body = body
    try write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", to: connection)
    return request
  }

  private func waitUntilReadable(_ descriptor: Int32, deadline: ContinuousClock.Instant, step: String) throws {
    let remaining = deadline - ContinuousClock.now
    let milliseconds = max(
      0, Int32(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000))
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    let ready = poll(&entry, 1, milliseconds)
    guard ready > 0 else {
      throw LoopbackServerError.timedOut(step: step)
    }
  }

  private func readMore(
    from connection: Int32,
    into buffer: inout [UInt8],
    deadline: ContinuousClock.Instant,
    step: String
  ) throws {
    try waitUntilReadable(connection, deadline: deadline, step: step)
    var chunk = [UInt8](repeating: 0, count: 65_536)
    let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
    guard count > 0 else {
      throw LoopbackServerError.malformedRequest(reason: "connection closed while waiting to \(step)")
    }
    buffer.append(contentsOf: chunk[..<count])
  }

  private func write(_ text: String, to connection: Int32) throws {
    let bytes = Array(text.utf8)
    var sent = 0
    while sent < bytes.count {
      #if canImport(Glibc)
        let flags = Int32(MSG_NOSIGNAL)
      #else
        let flags: Int32 = 0
      #endif
      let count = bytes[sent...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, flags) }
      guard count > 0 else {
        throw LoopbackServerError.systemCallFailed(name: "send", errorNumber: errno)
      }
      sent += count
    }
  }

  private static func endOfHeader(in bytes: [UInt8]) -> Int? {
    let terminator: [UInt8] = [13, 10, 13, 10]
    guard bytes.count >= 4 else { return nil }
    for index in 0...(bytes.count - 4) where Array(bytes[index..<(index + 4)]) == terminator {
      return index
    }
    return nil
  }

  private static func parseHeader(_ bytes: [UInt8]) throws -> ReceivedRequest {
    let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
    guard let requestLine = lines.first, !requestLine.isEmpty else {
      throw LoopbackServerError.malformedRequest(reason: "empty request line")
    }
    var headers: [(name: String, value: String)] = []
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else {
        throw LoopbackServerError.malformedRequest(reason: "header line without a colon: \(line)")
      }
      let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      headers.append((name: String(line[..<colon]), value: value))
    }
    return ReceivedRequest(requestLine: requestLine, headers: headers, body: [])
  }
}
