import TiwiziCore

extension CommandMessage {
    var french: String {
        switch self {
        case .importFailed(let count) where count <= 1:
            return "Échec de l'import : \(count) problème ; le catalogue n'a pas été modifié."
        case .importFailed(let count): return "Échec de l'import : \(count) problèmes ; le catalogue n'a pas été modifié."
        case .moreProblems(let count) where count <= 1: return "… et \(count) autre problème."
        case .moreProblems(let count): return "… et \(count) autres problèmes."
        case .importSummary(let kind, let counts):
            let added = counts.added <= 1 ? "\(counts.added) ajout" : "\(counts.added) ajouts"
            let updated = counts.updated <= 1 ? "\(counts.updated) mise à jour" : "\(counts.updated) mises à jour"
            return "\(kind.name(in: .french, plural: true)) : \(added), \(updated), \(counts.unchanged) sans changement"
        case .importNothing(let paths): return "Aucun fichier de catalogue dans \(paths.joined(separator: " "))."
        case .importProgress(let done): return "Import : \(done) enregistrements…"
        case .importRehearsed:
            return "Essai à blanc : rien n'a été écrit ; relancez le même import sans --dry-run pour l'appliquer."
        case .importChangesHint(let count):
            return "\(count) fiches modifiées ; ajoutez --changes pour voir ce qui change dans chacune."
        case .change(let change) where change.after.isEmpty: return "\(change.field) effacé (était \(change.before))"
        case .change(let change) where change.before.isEmpty: return "\(change.field) : \(change.after)"
        case .change(let change): return "\(change.field) \(change.before) → \(change.after)"
        case .saved(.added, let kind, let key): return "Ajout : \(kind.name(in: .french)) \(key)."
        case .saved(.updated, let kind, let key): return "Modification : \(kind.name(in: .french)) \(key)."
        case .saved(.unchanged, let kind, let key): return "\(kind.name(in: .french)) \(key) : inchangé."
        case .removed(let kind, let key): return "Retrait : \(kind.name(in: .french)) \(key)."
        case .linked(let knowHow, let target): return "Savoir-faire \(knowHow) lié à \(target)."
        case .alreadyLinked(let knowHow, let target): return "Le savoir-faire \(knowHow) est déjà lié à \(target)."
        case .exported(let cooperatives, let products, let path):
            let coops = cooperatives <= 1 ? "\(cooperatives) coopérative" : "\(cooperatives) coopératives"
            let items = products <= 1 ? "\(products) produit" : "\(products) produits"
            let done = cooperatives <= 1 && products <= 1 ? "exporté" : "exportés"
            return "\(coops) et \(items) \(done) vers \(path)."
        case .generated(let cooperatives, let products, let path):
            let coops = cooperatives <= 1 ? "\(cooperatives) coopérative" : "\(cooperatives) coopératives"
            let items = products <= 1 ? "\(products) produit" : "\(products) produits"
            let done = cooperatives <= 1 && products <= 1 ? "généré" : "générés"
            return "\(coops) et \(items) \(done) dans \(path)."
        case .progress(let percent, let done, let total, let unit, let perSecond, let secondsLeft):
            let space = "\u{202F}"
            let left = secondsLeft.map { " · encore \(Self.duration($0))" } ?? ""
            let items = unit == .records ? "enregistrements" : "produits"
            return "\(percent)\(space)% · \(Self.grouped(done, by: space))/\(Self.grouped(total, by: space)) \(items) · "
                + "\(Self.grouped(perSecond, by: space))/s\(left)"
        case .listEmpty(let kind): return "Aucun résultat (\(kind.name(in: .french, plural: true)))."
        case .ruleSetHash(let hash): return "jeu de règles \(hash)"
        case .orderPlaced(let id, let total, let hash):
            return "Commande \(id) enregistrée : total \(total), jeu de règles \(hash)."
        case .orderSummary(let id, let placedAt, let customer, let total, let redeemed, let hash):
            return
                "commande \(id), passée le \(placedAt)\(customer.map { " par \($0)" } ?? "") : total \(total) ; codes utilisés : "
                + (redeemed.isEmpty ? "aucun" : redeemed.joined(separator: ", ")) + " ; jeu de règles \(hash)"
        case .noOrders: return "Aucune commande pour l'instant (tiwizi order place PANIER)."
        case .replayTotals(let then, let now, let sameRules):
            return "total d'alors \(then), d'aujourd'hui \(now) ; "
                + (sameRules ? "les mêmes règles ont calculé les deux." : "les règles ont changé depuis.")
        case .noRuleSets(let folder): return "Aucun jeu de règles dans \(folder) (pricing/, labels/, promotions/)."
        case .noTestFiles(let folder):
            return
                "Aucun test de règles dans \(folder) (fichiers se terminant par _test.lua sous pricing/, labels/, promotions/)."
        case .testsSummary(let passed, let failed):
            let french = InterfaceLanguage.french
            return
                "\(passed) \(french.isSingular(passed) ? "réussi" : "réussis"), \(failed) \(french.isSingular(failed) ? "échoué" : "échoués")"
        case .checkHeading(let folder, let sets, let rules, let products, let at):
            let french = InterfaceLanguage.french
            return
                "Contrôle de \(folder) : \(sets) \(french.isSingular(sets) ? "jeu" : "jeux") de règles, \(rules) "
                + "\(french.isSingular(rules) ? "règle" : "règles"), sur \(products) "
                + "\(french.isSingular(products) ? "produit" : "produits") au \(at)."
        case .checkWorstCase(let quantity):
            return
                "Pire cas par produit, à partir de ce jour : son prix le jour où les règles donnent le plus bas, "
                + "dans un panier de \(quantity) unités de chaque produit avec tous les codes :"
        case .checkChanges(let against, let changed, let unchanged):
            return "Prix avec ces règles au lieu de celles de \(against) : \(changed) changent, \(unchanged) inchangés."
        case .checkOrders(let against):
            return "Commandes enregistrées rejouées avec les règles de \(against) (avant) et celles-ci (après) :"
        case .checkSummary(let errors, let warnings):
            let french = InterfaceLanguage.french
            return
                "\(errors) \(french.isSingular(errors) ? "erreur" : "erreurs"), \(warnings) "
                + "\(french.isSingular(warnings) ? "avertissement" : "avertissements")"
        case .severity(.error): return "erreur"
        case .severity(.warning): return "avertissement"
        case .madeToOrder(let days): return "sur commande (\(days) j)"
        case .floorMinimum(let minimum, let share, let cooperative):
            let details = [share, cooperative.map { "plancher de la coopérative \($0)" }].compactMap { $0 }
            return "\(minimum) par unité" + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
        case .errorLabel: return "erreur"
        case .standardOutput: return "la sortie standard"
        case .pluginCreated(let folder, let test, let plugins):
            let uses = [
                "son manifeste et sa règle", "ses tests, qui passent tels quels",
                "les annotations LuaCATS, pour le serveur de langage Lua", "la configuration de luacheck",
            ]
            return "\(folder) créé :\n" + Self.pluginFiles(test: test, uses: uses)
                + "\nEnsuite : tiwizi test \(folder), puis tiwizi price --plugins \(plugins)"
        }
    }
}
