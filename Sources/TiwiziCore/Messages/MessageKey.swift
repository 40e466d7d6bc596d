/// Every message Tiwizi can show a person. Each key has an English and a French sentence
/// (`MessageKey+English.swift`, `MessageKey+French.swift`); the compiler checks that none is
/// missing. Placeholders are written `{name}`.
public enum MessageKey: String, CaseIterable, Sendable {
    // Fields and values
    case fieldRequired, fieldUnknown, expectedMapping, expectedList, expectedText
    case frenchRequired, wrongScript, slugInvalid, skuInvalid, iceInvalid, phoneInvalid, emailInvalid
    case integerInvalid, booleanInvalid, dateInvalid, foundedInFuture, regionUnknown, categoryInvalid
    case valueNotAllowed, quantityInvalid, quantityNotPositive, stockNegative, stockAndMadeToOrder
    case listedTwice, quantityPieceFractional, originSchemeNeedsArea
    case numberOutOfRange, textTooLong, textControlCharacter, certificateNumberInvalid, artisanNameInvalid
    case leadDaysInvalid, dimensionsInvalid, membersOutOfRange, membersBelowMinimum, priceInvalid
    case currencyUnknown, certificateDates, certificateNotCovered, certificateInvalid
    case duplicateSKU, duplicateICE, duplicateID, productExists, cooperativeExists, knowHowExists, schemeExists,
        skuOfAnotherCooperative
    case unknownCooperative, unknownScheme, unknownKnowHow
    case moneyEmpty, moneyNotANumber, moneyNotFinite, moneyNegative, moneyExponent, moneyNoDecimals
    case moneyTooManyDecimals, moneyTooLarge, moneyMultipleSeparators, moneyMalformed, moneyUnexpected
    case moneyCurrencyMismatch
    // Files
    case fileMissing, fileEmpty, fileUnreadable, fileNotUTF8, fileTypeUnsupported
    case yamlMalformed, jsonMalformed, documentShape, cooperativeFileName
    case csvColumnCount, csvColumnMissing, csvKindUnknown, csvQuoteUnclosed
    // Catalog store
    case catalogNotFound, todayInvalid
    case catalogIsDirectory, catalogNotDatabase, catalogReadOnly, catalogCannotOpen, catalogTooNew, catalogBusy
    case cooperativeNotFound, productNotFound, knowHowNotFound, schemeNotFound
    case cooperativeHasProducts, stockWouldGoNegative
    case catalogDamaged
    // Commands
    case importFailed, importFailedOne, moreProblemOne, countAdded, countAddedOne, countUpdated, countUpdatedOne
    case countUnchanged, countUnchangedOne
    case importSummary, importNothing, importProgress, moreProblems, importRehearsed, importChangesHint
    case changeReplaced, changeSet, changeCleared
    case standardOutput, outputDiskFull, outputClosed, outputFailed, exportNotAFolder, exportFolderNotEmpty
    case added, updated, unchanged, removed, linked, nothingToUpdate, exported, listEmpty, listCount
    case headerSKU, headerName, headerCooperative, headerRegion, headerCategory, headerQuantity
    case headerPrice, headerStock, headerID, headerMembers, headerWomen, headerProducts
    case headerNameFrench, headerNameArabic
    case headerCraftFamily, headerHeritage, stockMadeToOrder
    case labelLegalForm, labelICE, labelFounded, labelRegistry, labelContact, labelKnowHow
    case labelCertificates, labelDescription, labelOrigin, labelVAT, labelAllergens, labelTechnique
    case labelArtisans, labelSector, labelLocation, warning, errorPrefix, invalidOption
    // Names of record kinds, filled into the messages above
    case kindScheme, kindCooperative, kindProduct, kindKnowHow, kindCooperatives, kindProducts, kindSchemes, kindKnowHowPlural
}
