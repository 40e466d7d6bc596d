import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run of a program with what it cost: wall time from start to end, processor time, and peak
/// resident memory, as GNU time reads them from `wait4` (Foundation's `Process` does not report
/// them, and a process that `posix_spawn` starts inherits the test runner's peak: Linux carries
/// the peak over from the memory it shared until `exec`).
struct MeasuredRun: Sendable, CustomStringConvertible {
    /// The exit status, or nil when a signal ended the process.
    let status: Int32?
    /// The signal that ended the process, if one did.
    let signal: Int32?
    let stdout: Data
    let stderr: Data
    /// Wall time, start to end.
    let seconds: Double
    /// Processor time, user and system: the work done, whatever else the machine was doing.
    let cpuSeconds: Double
    /// Peak resident set size, in bytes.
    let peakBytes: Int

    var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }

    var description: String {
        let end = status.map { "exit status \($0)" } ?? "signal \(signal ?? 0)"
        return
            "\(end) after \(String(format: "%.2f", seconds)) s (\(String(format: "%.2f", cpuSeconds)) s of CPU), peak \(peakBytes >> 20) MiB\n--- stdout:\n"
            + "\(stdoutText.prefix(2000))--- stderr:\n\(stderrText.prefix(2000))"
    }

    struct SpawnFailed: Error, CustomStringConvertible {
        let code: Int32
        var description: String { "posix_spawn failed: \(String(cString: strerror(code)))" }
    }

    /// Runs `executable` with `arguments` and exactly `environment`, in `directory`, standard
    /// input empty and its output collected in files below `scratch`; waits on a thread of its
    /// own, so a long run holds no thread of the tests' pool.
    static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String], in directory: URL, scratch: URL
    ) async throws -> MeasuredRun {
        let id = UUID().uuidString
        let outPath = scratch.appendingPathComponent("\(id).out").path
        let errPath = scratch.appendingPathComponent("\(id).err").path
        let statsPath = scratch.appendingPathComponent("\(id).time").path
        defer { for path in [outPath, errPath, statsPath] { try? FileManager.default.removeItem(atPath: path) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // GNU time forks the shell, which changes folder and replaces itself with the program
        // (posix_spawn_file_actions_addchdir_np is not in Swift's Glibc module).
        let time = "/usr/bin/time"
        let command =
            ["time", "-f", "%M %U %S", "-o", statsPath, "sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path, executable.path]
            + arguments
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }

        let clock = ContinuousClock()
        let started = clock.now
        var pid: pid_t = 0
        let code = posix_spawn(&pid, time, &actions, nil, argv, envp)
        guard code == 0 else { throw SpawnFailed(code: code) }
        let child = pid
        let rawStatus = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                var status: Int32 = 0
                while waitpid(child, &status, 0) < 0 && errno == EINTR {}
                continuation.resume(returning: status)
            }
        }
        let elapsed = clock.now - started
        // "Command terminated by signal N", then "peak-KiB user-seconds system-seconds".
        let stats = (try? String(contentsOfFile: statsPath, encoding: .utf8)) ?? ""
        let lines = stats.split(separator: "\n")
        let figures = lines.last?.split(separator: " ").compactMap { Double($0) } ?? []
        let signal = lines.first { $0.hasPrefix("Command terminated by signal ") }.flatMap {
            Int32($0.split(separator: " ").last ?? "")
        }
        // The encoding of waitpid's status (the W* macros are not imported into Swift).
        return MeasuredRun(
            status: signal == nil && rawStatus & 0x7f == 0 ? (rawStatus >> 8) & 0xff : nil,
            signal: signal ?? (rawStatus & 0x7f == 0 ? nil : rawStatus & 0x7f),
            stdout: FileManager.default.contents(atPath: outPath) ?? Data(),
            stderr: FileManager.default.contents(atPath: errPath) ?? Data(),
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            cpuSeconds: figures.count == 3 ? figures[1] + figures[2] : .infinity,
            peakBytes: figures.count == 3 ? Int(figures[0]) * 1024 : .max)
    }
}

extension Workspace {
    /// Runs `tiwizi` in `work/` as `run` does, measured.
    func measure(_ arguments: [String]) async throws -> MeasuredRun {
        try await MeasuredRun.run(try Tiwizi.binary, arguments, environment: environment, in: work, scratch: scratch)
    }
}
