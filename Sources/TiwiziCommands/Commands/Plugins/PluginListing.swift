import TiwiziCore
import TiwiziFormats
import TiwiziRules

/// How `tiwizi plugins` shows an inventory: the plugins, their parameters, then the order of
/// the rules that run; or one JSON object.
enum PluginListing {
    static func print(_ inventory: PluginInventory) {
        if inventory.entries.isEmpty { return Console.error(Console.say(PluginMessage.noPlugins)) }
        var table = Table(headers: [.plugin, .version, .origin, .status, .onError, .rules, .file])
        for entry in inventory.entries {
            table.add([
                entry.name, entry.set?.version ?? "", entry.package?.origin.description ?? "",
                Console.say(PluginWord(entry.status)), entry.policy?.rawValue ?? "",
                entry.set?.rules.map(\.name).joined(separator: " ") ?? "", entry.package?.file ?? "",
            ])
        }
        table.finish()
        for entry in inventory.entries {
            if case .refused(let error) = entry.status { Console.failure(Console.say(FailureText(error: error))) }
        }
        printParameters(inventory)
        printOrder(inventory)
    }

    private static func printParameters(_ inventory: PluginInventory) {
        let rows = inventory.entries.flatMap { entry in entry.values.map { (entry.name, $0) } }
        guard !rows.isEmpty else { return }
        Console.out("")
        var table = Table(headers: [.plugin, .parameter, .type, .value, .defaultValue, .allowed, .setBy])
        for (plugin, value) in rows {
            table.add([
                plugin, value.parameter.name, value.parameter.kind.rawValue, value.text ?? "",
                value.parameter.defaultValue?.description ?? "", value.parameter.allowed ?? "",
                Console.say(PluginWord(value.source)),
            ])
        }
        table.finish()
    }

    private static func printOrder(_ inventory: PluginInventory) {
        Console.out("")
        switch inventory.order {
        case .failure(let error): Console.failure(Console.say(FailureText(error: error)))
        case .success(let rules):
            var table = Table(headers: [.position, .rule, .plugin, .priority, .phases], rightAligned: [0, 3])
            for (index, rule) in rules.enumerated() {
                table.add([
                    "\(index + 1)", rule.name, rule.set, "\(rule.priority)",
                    rule.phases.keys.sorted().map(\.rawValue).joined(separator: " "),
                ])
            }
            table.finish()
        }
    }
}

extension PluginInventory {
    /// `tiwizi plugins --json`: the event, each plugin, and the order (or the error).
    func document(event: String?) -> DocumentNode {
        var pairs: [(String, DocumentNode)] = [
            ("event", .text(event)),
            ("plugins", .list(entries.map(Self.document), line: nil)),
        ]
        switch order {
        case .success(let rules): pairs.append(("order", .list(rules.map { .text($0.name) }, line: nil)))
        case .failure(let error): pairs.append(("error", .text(FailureText(error: error).english)))
        }
        return .record(pairs)
    }

    private static func document(_ entry: Entry) -> DocumentNode {
        var reason: String?
        if case .refused(let error) = entry.status { reason = FailureText(error: error).english }
        return .record([
            ("name", .text(entry.name)), ("version", .text(entry.set?.version)),
            ("api", .text(entry.set?.api.description)), ("origin", .text(entry.package?.origin.description)),
            ("file", .text(entry.package?.file)), ("status", .text(PluginWord(entry.status).code)),
            ("reason", .text(reason)), ("on_error", .text(entry.policy?.rawValue)),
            ("rules", .list((entry.set?.rules ?? []).map { .text($0.name) }, line: nil)),
            (
                "parameters",
                .list(
                    entry.values.map { value in
                        .record([
                            ("name", .text(value.parameter.name)), ("type", .text(value.parameter.kind.rawValue)),
                            ("value", .text(value.text)), ("default", .text(value.parameter.defaultValue?.description)),
                            ("allowed", .text(value.parameter.allowed)), ("set_by", .text(PluginWord(value.source).code)),
                        ])
                    }, line: nil)
            ),
        ])
    }
}

/// A plugin's status and a value's source, as words and as JSON codes.
enum PluginWord: Bilingual {
    case enabled, disabled, refused, notFound, manifest, catalog
    case event(String)

    init(_ status: PluginInventory.Status) {
        switch status {
        case .enabled: self = .enabled
        case .disabled: self = .disabled
        case .refused: self = .refused
        case .notFound: self = .notFound
        }
    }

    init(_ source: PluginInventory.Source) {
        switch source {
        case .manifest: self = .manifest
        case .catalog: self = .catalog
        case .event(let name): self = .event(name)
        }
    }

    /// `enabled`, `not_found`, `event:assises-ess-2026`.
    var code: String {
        switch self {
        case .enabled: return "enabled"
        case .disabled: return "disabled"
        case .refused: return "refused"
        case .notFound: return "not_found"
        case .manifest: return "default"
        case .catalog: return "catalog"
        case .event(let name): return "event:\(name)"
        }
    }

    var english: String {
        switch self {
        case .notFound: return "not found"
        case .event(let name): return "event \(name)"
        default: return code
        }
    }

    var french: String {
        switch self {
        case .enabled: return "activé"
        case .disabled: return "désactivé"
        case .refused: return "refusé"
        case .notFound: return "introuvable"
        case .manifest: return "défaut"
        case .catalog: return "catalogue"
        case .event(let name): return "événement \(name)"
        }
    }
}
