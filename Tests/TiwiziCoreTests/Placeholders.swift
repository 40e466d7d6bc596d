/// The `{name}` placeholders of a catalog sentence (messages and help).
func placeholders(_ text: String) -> Set<String> {
    var names: Set<String> = []
    var rest = text[...]
    while let open = rest.firstIndex(of: "{") {
        guard let close = rest[open...].firstIndex(of: "}") else { break }
        names.insert(String(rest[rest.index(after: open)..<close]))
        rest = rest[rest.index(after: close)...]
    }
    return names
}
