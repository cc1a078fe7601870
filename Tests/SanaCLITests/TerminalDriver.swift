import Foundation
import SanaTestSupport

/// Drives `sana` on real pseudo-terminals as learners would (Python's pty module, one or several
/// terminals at once, each with its own size), step by step:
/// - `["start": "a"]` starts terminal a (`terminals["a"]`: argv, env, cols, rows);
/// - `["expect": regex]` waits for output on the current terminal (`"term": "b"` picks another);
///   `["words": text]` waits for text that may be wrapped across lines;
/// - `["send": text]` types a line; `["keys": text]` types keys as they are (escape sequences too);
/// - `["answer": "1"]` types the answer to the question on screen from `answers` (question text →
///   typed answer, or `["option": text]` for the letter of a lettered option, `"cyrillic": true`
///   typing it as a Russian layout gives it); `"table": "invalid"` takes it from another table;
/// - `["sql": statement]` runs SQL on the store meanwhile; `["sleep": "0.5"]` waits;
/// - `["signal": "HUP"]` signals the terminal's process; `["wait": "a"]` waits for it to exit.
/// The result has each terminal's output as sent (escapes and all) and as a screen would show
/// it (`screen`: escapes gone, each line as last redrawn), and each exit status.
struct TerminalDriver {
    struct Terminal: Encodable {
        var argv: [String]
        var env: [String: String]
        var cols = 80
        var rows = 40
    }

    struct Run: Decodable {
        let outputs: [String: String]
        let statuses: [String: Int?]
        let error: String?

        func output(_ term: String = "a") -> String { outputs[term] ?? "" }
        func status(_ term: String = "a") -> Int? { statuses[term] ?? nil }

        /// What the terminal shows: control sequences removed, and of the redraws of a line
        /// (after `\r`) only the last.
        func screen(_ term: String = "a") -> String {
            TerminalDriver.screen(output(term))
        }

        /// The screen as running text: every run of spaces and line breaks one space, so a
        /// sentence reads the same however it was wrapped.
        func flat(_ term: String = "a") -> String {
            screen(term).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        }
    }

    static func screen(_ raw: String) -> String {
        let withoutEscapes = raw.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
        // By scalars: "\r\n" is one Character to Swift, and would hide both breaks.
        var lines: [String] = []
        for line in withoutEscapes.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            let redraws = line.split(separator: "\r", omittingEmptySubsequences: false)
            var shown = String.UnicodeScalarView()
            if let last = redraws.last(where: { !$0.isEmpty }) { shown.append(contentsOf: last) }
            lines.append(String(shown))
        }
        return lines.joined(separator: "\n")
    }

    static let script = #"""
        import codecs, fcntl, json, os, pty, re, select, signal, sqlite3, struct, sys, termios, time
        config = json.load(open(sys.argv[1]))
        procs, outputs, seen, statuses, decoders = {}, {}, {}, {}, {}
        def start(name):
            spec = config["terminals"][name]
            pid, fd = pty.fork()
            if pid == 0:
                os.execve(spec["argv"][0], spec["argv"], spec["env"])
            fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", spec["rows"], spec["cols"], 0, 0))
            procs[name] = (pid, fd)
            outputs[name], seen[name], statuses[name] = "", 0, None
            decoders[name] = codecs.getincrementaldecoder("utf-8")("replace")
        def pump(timeout):
            """Reads what any terminal has; reaps the finished."""
            fds = {fd: name for name, (pid, fd) in procs.items() if fd is not None}
            ready = select.select(list(fds), [], [], timeout)[0] if fds else time.sleep(timeout) or []
            for fd in ready:
                name = fds[fd]
                try: data = os.read(fd, 65536)
                except OSError: data = b""
                if data: outputs[name] += decoders[name].decode(data)
                else:
                    pid, _ = procs[name]
                    procs[name] = (pid, None)
            for name, (pid, fd) in list(procs.items()):
                if statuses[name] is None:
                    done, code = os.waitpid(pid, os.WNOHANG)
                    if done: statuses[name] = os.waitstatus_to_exitcode(code)
        def finish(error=None):
            for _ in range(5): pump(0.05)
            print(json.dumps({"outputs": outputs, "statuses": statuses, "error": error}))
            sys.exit(0)
        def expect(name, pattern):
            deadline = time.time() + 30
            while time.time() < deadline:
                match = re.compile(pattern).search(outputs[name], seen[name])
                if match:
                    seen[name] = match.end()
                    return
                pump(0.1)
            finish("timed out waiting on " + name + " for " + pattern)
        def write(name, text):
            try: os.write(procs[name][1], text.encode())
            except OSError: pass
        def answer(name, table):
            text = outputs[name]
            block = text[max(text.rfind(word) for word in ["Сұрақ ", "Вопрос ", "Question "]):]
            for question, given in config["tables"][table].items():
                if question in block:
                    if isinstance(given, dict):
                        letter = re.search(r"^  ([a-z])\) " + re.escape(given["option"]) + r"\r?$", block, re.M).group(1)
                        if given.get("cyrillic"): letter = {"a": "а", "b": "и", "c": "с", "d": "в"}[letter]
                        write(name, letter + "\r")
                    else:
                        write(name, given + "\r")
                    return
            finish("no " + table + " for the question on " + name)
        for step in config["steps"]:
            name = step.get("term", "a")
            if "start" in step: start(step["start"])
            elif "expect" in step: expect(name, step["expect"])
            elif "words" in step: expect(name, r"\s+".join(re.escape(word) for word in step["words"].split()))
            elif "send" in step: write(name, step["send"] + "\r")
            elif "keys" in step: write(name, step["keys"])
            elif "answer" in step: answer(name, step.get("table", "answers"))
            elif "sql" in step:
                db = sqlite3.connect(config["db"], timeout=30)
                db.execute(step["sql"]); db.commit(); db.close()
            elif "sleep" in step:
                end = time.time() + float(step["sleep"])
                while time.time() < end: pump(0.05)
            elif "signal" in step:
                for _ in range(3): pump(0.1)
                os.kill(procs[name][0], getattr(signal, "SIG" + step["signal"]))
            elif "wait" in step:
                deadline = time.time() + 30
                while statuses[step["wait"]] is None and time.time() < deadline: pump(0.1)
        deadline = time.time() + 30
        while any(s is None for s in statuses.values()) and time.time() < deadline: pump(0.1)
        finish()
        """#

    let work: TemporaryFolder

    func run(terminals: [String: Terminal], steps: [[String: String]], answers: [String: Any] = [:], tables: [String: [String: Any]] = [:], db: String) throws -> Run {
        let encoder = JSONEncoder()
        let terminalsJSON = try JSONSerialization.jsonObject(with: try encoder.encode(terminals))
        var allTables = tables
        allTables["answers"] = answers
        let config: [String: Any] = ["terminals": terminalsJSON, "steps": steps, "tables": allTables, "db": db]
        try work.write("driver.py", TerminalDriver.script)
        try work.write("run.json", String(decoding: try JSONSerialization.data(withJSONObject: config), as: UTF8.self))
        let result = try SanaBinary(path: "/usr/bin/python3").run([work.file("driver.py"), work.file("run.json")])
        guard let data = result.stdout.data(using: .utf8), let run = try? JSONDecoder().decode(Run.self, from: data) else {
            return Run(outputs: [:], statuses: [:], error: "the driver failed: \(result.stderr)")
        }
        return run
    }
}
