import Foundation
import TiwiziCore

/// Every help text of the `tiwizi` command: command abstracts and discussions, the help of each
/// argument, option and flag, and the usage errors commands report. Each key has an English and
/// a French text (`HelpText+English.swift`, `HelpText+French.swift`); the compiler checks that
/// none is missing. Help takes no arguments; usage errors are `CommandProblem`s.
///
/// Conventions, checked by `HelpTests`:
/// - a discussion is prose (one line per paragraph: ArgumentParser wraps it to the terminal),
///   then a blank line, then `Example:` or `Examples:` (`Exemple :`, `Exemples :`) and the
///   example command lines, indented by two spaces and identical in both languages;
/// - example lines are at most 79 columns, so that the default 80-column help never wraps them;
///   a longer command continues on the next line after a ` \`.
enum HelpText: String, CaseIterable, Sendable {
    // Commands: abstract (one line, also shown in the parent's subcommand list) and discussion
    case rootAbstract, rootDiscussion
    case coopAbstract, coopDiscussion
    case coopAddAbstract, coopAddDiscussion, coopListAbstract, coopListDiscussion
    case coopShowAbstract, coopShowDiscussion, coopUpdateAbstract, coopUpdateDiscussion
    case coopRemoveAbstract, coopRemoveDiscussion
    case productAbstract, productDiscussion
    case productAddAbstract, productAddDiscussion, productListAbstract, productListDiscussion
    case productShowAbstract, productShowDiscussion, productUpdateAbstract, productUpdateDiscussion
    case productRemoveAbstract, productRemoveDiscussion
    case knowHowAbstract, knowHowDiscussion
    case knowHowAddAbstract, knowHowAddDiscussion, knowHowListAbstract, knowHowListDiscussion
    case knowHowShowAbstract, knowHowShowDiscussion, knowHowLinkAbstract, knowHowLinkDiscussion
    case knowHowUpdateAbstract, knowHowUpdateDiscussion
    case schemeAbstract, schemeDiscussion, schemeListAbstract, schemeListDiscussion
    case regionsAbstract, regionsDiscussion
    case importAbstract, importDiscussion, exportAbstract, exportDiscussion
    case generateAbstract, generateDiscussion
    case runAbstract, runDiscussion
    case rulesAbstract, rulesDiscussion
    case priceAbstract, priceDiscussion, labelsAbstract, labelsDiscussion, quoteAbstract, quoteDiscussion
    case orderAbstract, orderDiscussion, orderPlaceAbstract, orderPlaceDiscussion, orderShowAbstract, orderShowDiscussion
    case orderListAbstract, orderListDiscussion
    case testAbstract, testDiscussion, checkAbstract, checkDiscussion
    case pluginsAbstract, pluginsDiscussion, pluginsListAbstract, pluginsListDiscussion
    case pluginsEnableAbstract, pluginsEnableDiscussion, pluginsDisableAbstract, pluginsDisableDiscussion
    case pluginsSetAbstract, pluginsSetDiscussion, pluginsUnsetAbstract, pluginsUnsetDiscussion
    case pluginsResetAbstract, pluginsResetDiscussion, pluginsFolderAbstract, pluginsFolderDiscussion
    case eventAbstract, eventDiscussion, eventAddAbstract, eventAddDiscussion, eventEditAbstract, eventEditDiscussion
    case eventListAbstract, eventListDiscussion, eventShowAbstract, eventShowDiscussion
    case eventRemoveAbstract, eventRemoveDiscussion
    case showcaseAbstract, showcaseDiscussion
    // Arguments
    case argumentNewCooperativeID, argumentCooperativeID, argumentNewSKU, argumentSKU
    case argumentNewKnowHowID, argumentKnowHowID, argumentImportPaths, argumentScript
    // Options and flags shared by several commands
    case optionCatalog, flagJSONTable, flagJSONRecord, flagJSONExport
    case optionNameFr, optionNameAr, optionNameEn, optionNameZgh
    // Cooperative fields (`coop add`, `coop update`) and other `coop` options
    case optionCoopNameFr, optionLegalForm, optionRegistryCourt, optionRegistryNumber, optionICE, optionFounded
    case optionCoopRegion, optionProvince, optionCommune, optionSector, optionMembers, optionWomen, optionYouth
    case optionPhone, optionEmail, optionCoopKnowHow, optionCoopProducerFloor, optionCoopListRegion, flagWithProducts
    case flagDryRun, flagChanges, flagReplace, optionCSVDialect
    // Product fields (`product add`, `product update`) and other `product` options
    case optionProductCoop, optionProductNameFr, optionDescriptionFr, optionDescriptionAr, optionCategory
    case optionQuantity, optionUnit, optionLengthCm, optionWidthCm, optionPrice, optionCurrency, optionVAT
    case optionStock, optionLeadDays, optionOriginRegion, optionOriginPlace, optionAllergen, optionCertificate
    case optionProductKnowHow, optionProductProducerFloor, optionStockChange
    case optionProductListCoop, optionProductListRegion, optionProductListCategory, optionProductListCertification
    case optionProductListStock, optionProductListSearch, optionProductListLimit, optionProductListLang
    // Know-how options
    case optionTechniqueFr, optionTechniqueAr, optionCraftFamily, optionKnowHowRegion
    case optionHeritageStatus, optionHeritageYear, optionHeritageTitle, optionArtisan
    case optionLinkCoop, optionLinkProduct
    // `export` and `run` options
    case optionExportFormat, optionExportOut
    // `generate`
    case optionGenerateCooperatives, optionGenerateProducts, optionGenerateSeed, optionGenerateOut
    case flagGenerateReplace, flagGenerateIntoCatalog
    case optionRunParam, optionRunAt, optionRunSeed, flagRunJSON, optionRunMaxInstructions, optionRunMaxMemory,
        optionRunMaxOutput
    case optionRunTimeout
    case optionRulesFolder, optionPluginsFolder, flagRulesOrder, optionEvent
    // `plugins` and `event`
    case argumentPluginName, argumentPluginValues, argumentPluginParameters, optionPluginOnError
    case argumentPluginsFolder, flagClearPluginsFolder, argumentNewEventName, argumentEventName
    case optionEventTitleFrench, optionEventTitleArabic, optionEventTitleEnglish
    case optionEventPlaceFrench, optionEventPlaceArabic, optionEventPlaceEnglish, optionEventFrom, optionEventTo
    // `showcase`
    case optionShowcaseOut, optionShowcaseFormat, optionShowcaseLang, optionShowcaseTemplate, optionShowcaseBaseURL
    case optionShowcaseCopyTemplates, optionShowcaseCurate, flagShowcaseServe, optionShowcasePort
    // `price` and `labels`
    case argumentPricedSKUs, optionPricingAt, optionOnError, optionWorkers, flagExplain, argumentCart, optionCoupon,
        optionCustomer, optionReplay, argumentOrderID
    // `test`
    case argumentTestFolder, optionTestAt, flagTestJSON
    // `check`
    case argumentCheckFolder, optionCheckAgainst, flagCheckJSON
    // `new plugin`
    case newAbstract, newDiscussion, newPluginAbstract, newPluginDiscussion
    case argumentNewPluginName, optionNewPluginIn, optionNewPluginKind, optionNewPluginAuthor
}

extension HelpText {
    /// The text in the interface language chosen by the environment (`InterfaceLanguage.current`).
    var text: String { text(in: .current) }

    /// The text in `language`. In French, the space before `:`, `;`, `?`, `!` and `»` and after
    /// `«` becomes a no-break space, so that wrapping the help to the terminal never starts a
    /// line with them (example lines, indented, are left as written).
    func text(in language: InterfaceLanguage) -> String {
        language == .french ? Self.bindingPunctuation(french) : english
    }

    private static func bindingPunctuation(_ text: String) -> String {
        let noBreak = "\u{00A0}"
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix(" ") { return String(line) }
            var line = String(line)
            for mark in [":", ";", "?", "!", "»"] {
                line = line.replacingOccurrences(of: " " + mark, with: noBreak + mark)
            }
            return line.replacingOccurrences(of: "« ", with: "«" + noBreak)
        }.joined(separator: "\n")
    }
}
