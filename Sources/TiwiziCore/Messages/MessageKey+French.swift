extension MessageKey {
    /// La phrase en français.
    public var french: String {
        switch self {
        case .fieldRequired: return "{field} est obligatoire."
        case .fieldUnknown: return "champ inconnu « {name} » ; champs attendus : {expected}."
        case .expectedMapping: return "une liste de champs (clé : valeur) est attendue."
        case .expectedList: return "une liste est attendue."
        case .expectedText: return "une valeur simple est attendue, pas une liste ni un dictionnaire."
        case .frenchRequired: return "un nom en français (fr) est obligatoire."
        case .wrongScript: return "le texte {language} « {value} » doit être écrit en alphabet {script}."
        case .slugInvalid:
            return
                "« {value} » n'est pas un identifiant valide ; utilisez de 2 à 64 minuscules, chiffres et tirets simples (ex. tafoukt-argan)."
        case .skuInvalid:
            return
                "« {value} » n'est pas une référence (SKU) valide ; utilisez de 3 à 32 majuscules, chiffres et tirets (ex. TAF-ARG-250)."
        case .iceInvalid: return "un ICE compte exactement 15 chiffres ; « {value} » compte {count} caractères."
        case .phoneInvalid:
            return "« {value} » n'est pas un numéro marocain ; écrivez +212 puis 5, 6 ou 7 puis 8 chiffres."
        case .emailInvalid: return "« {value} » n'est pas une adresse e-mail."
        case .integerInvalid: return "« {value} » n'est pas un nombre entier."
        case .booleanInvalid: return "« {value} » n'est pas oui/non (true ou false)."
        case .dateInvalid: return "« {value} » n'est pas une date ; écrivez AAAA-MM-JJ (ex. 2011-04-18)."
        case .foundedInFuture: return "la date de création {value} est dans le futur (nous sommes le {today})."
        case .regionUnknown: return "région « {value} » inconnue ; utilisez un code de MA-01 à MA-12 (voir `tiwizi regions`)."
        case .categoryInvalid:
            return
                "« {value} » n'est pas une catégorie ; écrivez des mots en minuscules séparés par des points (ex. food.oil.argan)."
        case .valueNotAllowed: return "« {value} » n'est pas permis ; valeurs possibles : {allowed}."
        case .quantityInvalid:
            return "« {value} » n'est pas une quantité ; écrivez un nombre avec au plus 3 décimales (ex. 250 ou 0,5)."
        case .quantityNotPositive: return "la quantité nette doit être supérieure à 0."
        case .stockNegative: return "le stock vaut {value} ; il doit être positif ou nul (ou marquez le produit sur commande)."
        case .stockAndMadeToOrder: return "indiquez soit un stock, soit une fabrication sur commande avec un délai, pas les deux."
        case .leadDaysInvalid: return "le délai est de {value} jours ; il doit être compris entre 1 et 365."
        case .dimensionsInvalid: return "les dimensions doivent être des centimètres entiers supérieurs à 0."
        case .membersOutOfRange: return "le nombre de membres ({what} : {count}) doit être compris entre 0 et le total ({total})."
        case .membersBelowMinimum: return "{count} membres, c'est moins que le minimum légal de {minimum} pour une coopérative."
        case .priceInvalid: return "« {value} » n'est pas un prix : {reason}"
        case .currencyUnknown: return "devise « {value} » inconnue ; utilisez un code ISO 4217 comme MAD ou EUR."
        case .certificateDates: return "le certificat se termine ({until}) avant de commencer ({from})."
        case .certificateNotCovered:
            return "le référentiel {scheme} ne couvre pas un produit {category} de {region} ; vérifiez la catégorie ou l'origine."
        case .certificateInvalid:
            return
                "« {value} » n'est pas un certificat ; écrivez référentiel:numéro:début:fin (ex. igp-argane:IGP-1:2024-01-01:2027-12-31)."
        case .duplicateSKU: return "la référence {value} apparaît plusieurs fois (aussi en {other})."
        case .productExists:
            return "un produit de référence {value} existe déjà (coopérative {other}) ; modifiez-le avec `tiwizi product update`."
        case .listedTwice: return "« {value} » figure deux fois ; gardez-le une seule fois."
        case .quantityPieceFractional: return "une quantité en pièces est un nombre entier, pas {value}."
        case .originSchemeNeedsArea:
            return "une {kind} est un signe d'origine : indiquez son `area`, les régions où se trouve l'aire protégée."
        case .numberOutOfRange: return "{value} est hors limites : écrivez un nombre entier de {min} à {max}."
        case .textTooLong: return "ce texte a {count} caractères ; au plus {max} sont permis."
        case .textControlCharacter:
            return "ce texte contient un caractère de contrôle invisible ({code}) ; supprimez-le (et tout saut de ligne)."
        case .certificateNumberInvalid:
            return "le numéro de certificat « {value} » doit faire de 1 à 64 caractères, sans « : », « | » ni espaces autour."
        case .artisanNameInvalid: return "le nom d'artisan « {value} » ne doit pas contenir « | »."
        case .knowHowExists: return "le savoir-faire {value} existe déjà ; modifiez-le avec `tiwizi knowhow update`."
        case .schemeExists: return "le schéma de certification {value} existe déjà."
        case .cooperativeExists: return "la coopérative {value} existe déjà ; modifiez-la avec `tiwizi coop update`."
        case .skuOfAnotherCooperative:
            return
                "la référence {value} appartient à la coopérative {other} ; une coopérative ne peut pas reprendre le produit d'une autre (retirez-le d'abord)."
        case .duplicateICE: return "l'ICE {value} est déjà celui de la coopérative {other}."
        case .duplicateID: return "{value} apparaît plusieurs fois (aussi en {other})."
        case .unknownCooperative:
            return "aucune coopérative « {value} » dans le catalogue ni dans cet import ; ajoutez-la d'abord."
        case .unknownScheme:
            return "aucun référentiel de certification « {value} » ; ajoutez-le d'abord (voir `tiwizi scheme list`)."
        case .unknownKnowHow: return "aucun savoir-faire « {value} » ; ajoutez-le d'abord (voir `tiwizi knowhow list`)."
        case .moneyEmpty: return "indiquez un montant."
        case .moneyNotANumber: return "aucun montant trouvé ; écrivez des chiffres comme 145 ou 145,50."
        case .moneyNotFinite: return "« {text} » n'est pas un montant fini."
        case .moneyNegative: return "un montant ne peut pas être négatif (« {text} »)."
        case .moneyExponent: return "écrivez le montant en chiffres, sans exposant (« {text} »)."
        case .moneyNoDecimals: return "pas de décimales pour {currency}."
        case .moneyTooManyDecimals: return "au plus {maximum} décimales pour {currency}."
        case .moneyTooLarge: return "le montant est trop grand (au plus {maximumIntegerDigits} chiffres avant la virgule)."
        case .moneyMultipleSeparators: return "« {text} » a plus d'un séparateur décimal."
        case .moneyMalformed:
            return
                "« {text} » n'est pas un montant bien formé ; groupez les chiffres par trois (1 450,00) ou pas du tout (1450,00)."
        case .moneyUnexpected: return "« {text} » inattendu après le montant."
        case .moneyCurrencyMismatch: return "le montant est en {found}, mais {expected} est attendu."
        case .fileMissing: return "{file} : fichier ou dossier introuvable."
        case .fileEmpty: return "{file} : le fichier est vide ; rien à importer."
        case .fileUnreadable: return "{file} : lecture impossible ({reason})."
        case .fileNotUTF8:
            return "{file} : le fichier n'est pas en UTF-8 (premier octet invalide ligne {line}) ; enregistrez-le en UTF-8."
        case .fileTypeUnsupported: return "{file} : type de fichier non pris en charge ; utilisez .yaml, .yml, .json ou .csv."
        case .yamlMalformed: return "YAML mal formé : {detail}."
        case .jsonMalformed: return "JSON mal formé : {detail}."
        case .documentShape:
            return
                "clés de premier niveau attendues parmi : schemes, know_how, cooperative, cooperatives, products ; trouvé « {value} »."
        case .cooperativeFileName:
            return
                "ce fichier contient la coopérative {value} ; nommez-le {value}.yaml, comme les exports, pour un fichier par coopérative."
        case .csvColumnCount:
            return
                "cette ligne a {count} colonnes mais l'en-tête en a {expected} ; cherchez un séparateur ou un guillemet en trop."
        case .csvColumnMissing: return "il manque la colonne « {value} » dans l'en-tête."
        case .csvQuoteUnclosed:
            return
                "une cellule entre guillemets de cette ligne n'est jamais fermée : la suite du fichier y a été lue ; ajoutez le guillemet fermant (\")."
        case .csvKindUnknown:
            return
                "contenu du CSV indéterminé : l'en-tête doit avoir une colonne sku (produits), ice (coopératives), craft_family (savoir-faire) ou kind (référentiels)."
        case .catalogIsDirectory:
            return "le chemin du catalogue {path} est un dossier ; donnez un chemin de fichier (ex. {path}/catalog.sqlite)."
        case .catalogNotDatabase:
            return "{path} n'est pas un catalogue Tiwizi (pas une base SQLite) ; donnez un autre chemin avec --catalog."
        case .catalogReadOnly: return "le catalogue {path} est en lecture seule ; rien n'a été modifié. Vérifiez ses droits."
        case .catalogCannotOpen: return "impossible d'ouvrir le catalogue {path} : {reason}"
        case .catalogTooNew:
            return "le catalogue {path} a été écrit par un Tiwizi plus récent (schéma {found}) ; mettez tiwizi à jour."
        case .catalogBusy:
            return
                "le catalogue {path} est resté occupé par une autre écriture (un gros import ?) pendant {seconds} s ; rien n'a été modifié. Réessayez."
        case .catalogNotFound:
            return "il n'y a pas de catalogue à {path} ; vérifiez --catalog ou TIWIZI_CATALOG, ou créez-le avec `tiwizi import`."
        case .todayInvalid:
            return
                "TIWIZI_TODAY vaut « {value} », qui n'est pas une date ; écrivez AAAA-MM-JJ, ou retirez-la pour prendre la date du jour."
        case .catalogDamaged:
            return
                "le catalogue est endommagé : dans la table {table}, ligne {row}, la colonne {column} contient « {value} », que Tiwizi n'écrit jamais. Restaurez le catalogue depuis une sauvegarde."
        case .cooperativeNotFound: return "aucune coopérative « {value} » ; voir `tiwizi coop list`."
        case .productNotFound: return "aucun produit de référence « {value} » ; voir `tiwizi product list`."
        case .knowHowNotFound: return "aucun savoir-faire « {value} » ; voir `tiwizi knowhow list`."
        case .schemeNotFound: return "aucun référentiel de certification « {value} » ; voir `tiwizi scheme list`."
        case .cooperativeHasProducts:
            return "la coopérative {value} a encore {count} produits ; retirez-les d'abord ou ajoutez --with-products."
        case .stockWouldGoNegative: return "le stock de {value} est de {stock} ; en retirer {change} le rendrait négatif."
        case .importFailed: return "Échec de l'import : {count} problèmes ; le catalogue n'a pas été modifié."
        case .importFailedOne: return "Échec de l'import : 1 problème ; le catalogue n'a pas été modifié."
        case .moreProblemOne: return "… et 1 autre problème."
        case .countAdded: return "{count} ajouts"
        case .countAddedOne: return "{count} ajout"
        case .countUpdated: return "{count} mises à jour"
        case .countUpdatedOne: return "{count} mise à jour"
        case .countUnchanged, .countUnchangedOne: return "{count} sans changement"
        case .importRehearsed:
            return "Essai à blanc : rien n'a été écrit ; relancez le même import sans --dry-run pour l'appliquer."
        case .importChangesHint: return "{count} fiches modifiées ; ajoutez --changes pour voir ce qui change dans chacune."
        case .standardOutput: return "la sortie standard"
        case .outputDiskFull:
            return "impossible d'écrire dans {target} : le disque est plein. Libérez de la place et relancez la commande."
        case .outputClosed: return "impossible d'écrire dans {target} : la sortie a été fermée."
        case .outputFailed: return "impossible d'écrire dans {target} : {reason}."
        case .exportNotAFolder:
            return "{path} est un fichier, pas un dossier ; donnez un dossier à --out (ou un nom de fichier .json ou .yaml)."
        case .exportFolderNotEmpty:
            return
                "{path} n'est pas vide ; exportez dans un dossier nouveau ou vide, ou ajoutez --replace pour remplacer son contenu."
        case .changeReplaced: return "{field} {before} → {after}"
        case .changeSet: return "{field} : {after}"
        case .changeCleared: return "{field} effacé (était {before})"
        case .importSummary: return "{kind} : {added}, {updated}, {unchanged}"
        case .importNothing: return "Aucun fichier de catalogue dans {paths}."
        case .importProgress: return "Import : {done} enregistrements…"
        case .moreProblems: return "… et {count} autres problèmes."
        case .added: return "Ajout : {kind} {value}."
        case .updated: return "Modification : {kind} {value}."
        case .unchanged: return "{kind} {value} : inchangé."
        case .removed: return "Retrait : {kind} {value}."
        case .linked: return "Savoir-faire {knowhow} lié à {target}."
        case .nothingToUpdate: return "Rien à modifier : donnez au moins une option à changer (voir --help)."
        case .exported: return "{count} coopératives et {products} produits exportés vers {path}."
        case .listEmpty: return "Aucun résultat ({kind})."
        case .listCount: return "{count} {kind}"
        case .headerSKU: return "Référence"
        case .headerName: return "Nom"
        case .headerCooperative: return "Coopérative"
        case .headerRegion: return "Région"
        case .headerCategory: return "Catégorie"
        case .headerQuantity: return "Quantité"
        case .headerPrice: return "Prix"
        case .headerStock: return "Stock"
        case .headerID: return "Identifiant"
        case .headerMembers: return "Membres"
        case .headerWomen: return "Femmes"
        case .headerProducts: return "Produits"
        case .headerNameFrench: return "Nom (français)"
        case .headerNameArabic: return "Nom (arabe)"
        case .headerCraftFamily: return "Famille de métier"
        case .headerHeritage: return "Patrimoine"
        case .stockMadeToOrder: return "sur commande ({days} j)"
        case .labelLegalForm: return "Forme juridique"
        case .labelICE: return "ICE"
        case .labelFounded: return "Création"
        case .labelRegistry: return "Registre"
        case .labelContact: return "Contact"
        case .labelKnowHow: return "Savoir-faire"
        case .labelCertificates: return "Certificats"
        case .labelDescription: return "Description"
        case .labelOrigin: return "Origine"
        case .labelVAT: return "TVA"
        case .labelAllergens: return "Allergènes"
        case .labelTechnique: return "Technique"
        case .labelArtisans: return "Artisans"
        case .labelSector: return "Secteur"
        case .labelLocation: return "Localisation"
        case .warning: return "avertissement"
        case .errorPrefix: return "erreur"
        case .invalidOption: return "{option} : {detail}"
        case .kindScheme: return "référentiel"
        case .kindCooperative: return "coopérative"
        case .kindProduct: return "produit"
        case .kindKnowHow: return "savoir-faire"
        case .kindCooperatives: return "coopératives"
        case .kindProducts: return "produits"
        case .kindSchemes: return "référentiels"
        case .kindKnowHowPlural: return "savoir-faire"
        }
    }
}
