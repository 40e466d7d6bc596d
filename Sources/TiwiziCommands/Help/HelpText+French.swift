import TiwiziCore

extension HelpText {
    /// Le texte d'aide en français. Un paragraphe d'une discussion tient sur une ligne (le `\` en
    /// fin de ligne du source la prolonge) ; les lignes d'exemple sont les mêmes qu'en anglais.
    var french: String {
        switch self {
        // tiwizi
        case .rootAbstract: return "Un catalogue scriptable pour les coopératives de l'économie sociale et solidaire."
        case .rootDiscussion:
            return """
                Le catalogue se trouve dans ~/.local/share/tiwizi/catalog.sqlite, sauf si --catalog ou \
                TIWIZI_CATALOG désigne un autre fichier. Les messages et l'aide suivent LC_ALL, LC_MESSAGES ou LANG \
                (français ou anglais).

                Exemples :
                  tiwizi import catalog/
                  tiwizi product list --region MA-09 --category food.oil
                  tiwizi coop show tafoukt-argan
                  tiwizi export --format yaml --out exported/
                """

        // coop
        case .coopAbstract: return "Enregistrer, lister, afficher, modifier et retirer des coopératives."
        case .coopDiscussion:
            return """
                Exemples :
                  tiwizi coop list --region MA-09
                  tiwizi coop show tafoukt-argan
                  tiwizi coop update tafoukt-argan --members 41 --women 41
                """
        case .coopAddAbstract: return "Enregistrer une coopérative."
        case .coopAddDiscussion:
            return """
                Exemple :
                  tiwizi coop add tafoukt-argan --name-fr "Coopérative Tafoukt" \\
                    --name-ar "تعاونية تافوكت" --ice 002345678000091 --founded 2011-04-18 \\
                    --region MA-09 --members 38 --women 38
                """
        case .coopListAbstract: return "Lister les coopératives."
        case .coopListDiscussion:
            return """
                Exemples :
                  tiwizi coop list
                  tiwizi coop list --region MA-09 --json
                """
        case .coopShowAbstract: return "Afficher une coopérative en détail."
        case .coopShowDiscussion:
            return """
                Exemple :
                  tiwizi coop show tafoukt-argan
                """
        case .coopUpdateAbstract: return "Modifier certains champs d'une coopérative."
        case .coopUpdateDiscussion:
            return """
                Seules les options indiquées sont modifiées ; une valeur vide efface un champ facultatif (--email "").

                Exemples :
                  tiwizi coop update tafoukt-argan --members 41 --women 41 \\
                    --phone +212661234567
                  tiwizi coop update tafoukt-argan --producer-floor "85 %"
                """
        case .coopRemoveAbstract: return "Retirer une coopérative."
        case .coopRemoveDiscussion:
            return """
                Une coopérative qui a encore des produits n'est retirée qu'avec --with-products, qui retire aussi \
                ses produits.

                Exemple :
                  tiwizi coop remove tafoukt-argan --with-products
                """

        // product
        case .productAbstract: return "Ajouter, lister, afficher, modifier et retirer des produits."
        case .productDiscussion:
            return """
                Exemples :
                  tiwizi product list --category food.oil
                  tiwizi product show TAF-ARG-250
                  tiwizi product update TAF-ARG-250 --stock-change -3
                  tiwizi product update ASF-SAF-5G --producer-floor 160.00
                """
        case .productAddAbstract: return "Ajouter un produit à une coopérative."
        case .productAddDiscussion:
            return """
                Exemple :
                  tiwizi product add TAF-ARG-250 --coop tafoukt-argan \\
                    --name-fr "Huile d'argan alimentaire" --category food.oil.argan \\
                    --quantity 250 --unit ml --price "145,00" --stock 120
                """
        case .productListAbstract: return "Lister les produits, avec filtres et recherche."
        case .productListDiscussion:
            return """
                Les filtres se combinent. --category retient un préfixe (food.oil retient food.oil.argan) ; \
                --search cherche des mots dans les noms en français, arabe, anglais et tamazight, sans tenir compte \
                des accents ni des majuscules (un début de mot suffit : « arg » trouve « argan »). Une valeur \
                inconnue de --coop ou de --certification est une erreur, pas une liste vide.

                Exemples :
                  tiwizi product list --region MA-09 --category food.oil
                  tiwizi product list --certification igp-argane --stock in-stock
                  tiwizi product list --search "huile argan" --json
                  tiwizi product list --search زيت
                """
        case .productShowAbstract: return "Afficher un produit en détail."
        case .productShowDiscussion:
            return """
                Exemple :
                  tiwizi product show TAF-ARG-250
                """
        case .productUpdateAbstract: return "Modifier certains champs d'un produit, ou son stock."
        case .productUpdateDiscussion:
            return """
                Seules les options indiquées sont modifiées ; une valeur vide efface un champ facultatif \
                (--allergen ""). --stock et --lead-days font passer un produit du stock à la commande et \
                inversement. --stock-change ajoute des unités au stock (ou, avec \
                un nombre négatif, en retire) en une seule opération atomique : deux personnes qui le modifient en \
                même temps ne perdent jamais de vente.

                Exemples :
                  tiwizi product update TAF-ARG-250 --price 150 --stock 80
                  tiwizi product update TAF-ARG-250 --stock-change -3
                """
        case .productRemoveAbstract: return "Retirer un produit."
        case .productRemoveDiscussion:
            return """
                Exemple :
                  tiwizi product remove TAF-ARG-250
                """

        // know-how
        case .knowHowAbstract:
            return
                "Ajouter, lister, afficher et modifier les savoir-faire artisanaux ; les lier aux coopératives et aux produits."
        case .knowHowDiscussion:
            return """
                Exemples :
                  tiwizi know-how list
                  tiwizi know-how show argan-oil-extraction
                  tiwizi know-how link argan-oil-extraction --product TAF-ARG-250
                """
        case .knowHowUpdateAbstract: return "Modifier certains champs d'un savoir-faire."
        case .knowHowUpdateDiscussion:
            return """
                Seules les options indiquées sont modifiées ; une valeur vide efface un champ facultatif \
                (--heritage-title ""). --region et --artisan remplacent toute la liste.

                Exemple :
                  tiwizi know-how update argan-oil-extraction --name-ar "استخراج زيت الأركان"
                """
        case .knowHowAddAbstract: return "Ajouter un savoir-faire (refusé si son identifiant existe)."
        case .knowHowAddDiscussion:
            return """
                Exemple :
                  tiwizi know-how add argan-oil-extraction \\
                    --name-fr "Extraction de l'huile d'argan" --craft-family oil-extraction \\
                    --region MA-09 --heritage-status unesco --heritage-year 2014
                """
        case .knowHowListAbstract: return "Lister les savoir-faire."
        case .knowHowListDiscussion:
            return """
                Exemple :
                  tiwizi know-how list --json
                """
        case .knowHowShowAbstract: return "Afficher un savoir-faire en détail."
        case .knowHowShowDiscussion:
            return """
                Exemple :
                  tiwizi know-how show argan-oil-extraction
                """
        case .knowHowLinkAbstract: return "Lier un savoir-faire à une coopérative ou à un produit."
        case .knowHowLinkDiscussion:
            return """
                Indiquez soit --coop, soit --product (exactement l'un des deux).

                Exemples :
                  tiwizi know-how link argan-oil-extraction --coop tafoukt-argan
                  tiwizi know-how link argan-oil-extraction --product TAF-ARG-250
                """

        // scheme, regions
        case .schemeAbstract: return "Lister les référentiels de certification (ajoutez-les avec `tiwizi import`)."
        case .schemeDiscussion:
            return """
                Exemple :
                  tiwizi scheme list --json
                """
        case .schemeListAbstract: return "Lister les référentiels de certification."
        case .schemeListDiscussion:
            return """
                Exemples :
                  tiwizi scheme list
                  tiwizi scheme list --json
                """
        case .regionsAbstract: return "Lister les douze régions du Maroc et leurs codes."
        case .regionsDiscussion:
            return """
                Exemple :
                  tiwizi regions
                """

        // import, export
        case .importAbstract: return "Importer des fichiers ou dossiers YAML, JSON et CSV, tout ou rien."
        case .importDiscussion:
            return """
                Chaque enregistrement est d'abord vérifié ; au moindre problème, rien n'est écrit et chaque \
                problème est signalé avec son fichier, sa ligne et son champ. Les enregistrements sont reconnus \
                par leur identifiant (leur référence SKU pour les produits) : importer de nouveau les mêmes \
                fichiers ne change rien. Les fichiers CSV peuvent utiliser `,` ou `;` comme séparateur (tableurs \
                français, virgule décimale), avec ou sans BOM, avec des fins de ligne LF ou CRLF.
                Un import ne change que les champs qu'il mentionne : une colonne absente d'un tableur (un champ \
                absent d'une fiche YAML ou JSON) garde sa valeur ; une cellule vide (`null`) efface un champ \
                facultatif. Le bilan liste les champs que change chaque fiche mise à jour ; --dry-run montre tout \
                sans rien écrire.

                Exemples :
                  tiwizi import catalog/
                  tiwizi import --dry-run prices.csv
                  tiwizi import products.csv
                  tiwizi import schemes.yaml know-how.yaml cooperatives/
                """
        case .exportAbstract: return "Exporter le catalogue en YAML, JSON ou CSV."
        case .exportDiscussion:
            return """
                Sans --out, un seul document est écrit sur la sortie standard (en CSV : la table des produits). \
                Avec --out : un chemin en .yaml/.yml ou .json reçoit un seul document ; tout autre chemin est un \
                dossier, qui reçoit la même organisation que le catalogue initial (YAML : schemes.yaml, \
                know-how.yaml, cooperatives/ID.yaml) ou un fichier par type d'enregistrement (CSV : schemes.csv, \
                know-how.csv, cooperatives.csv, products.csv). Exporter, importer dans un catalogue vide puis \
                exporter à nouveau donne des fichiers identiques.
                Un dossier est écrit en entier puis mis en place ; un dossier non vide est refusé sans \
                --replace. --dialect excel-fr écrit des CSV qu'Excel en français ouvre directement.

                Exemples :
                  tiwizi export --format yaml --out exported/
                  tiwizi export --format json --out catalog.json
                  tiwizi export --format csv > products.csv
                  tiwizi export --format csv --dialect excel-fr --out tableurs/ --replace
                """
        case .generateAbstract: return "Générer un catalogue national fictif, le même pour la même graine."
        case .generateDiscussion:
            return """
                Écrit des coopératives et des produits inventés dans les formats CSV de l'import (schemes.csv, \
                know-how.csv, cooperatives.csv, products.csv), pour essayer Tiwizi à l'échelle du pays : les douze \
                régions pondérées par leur population, de vraies provinces et communes, des noms en français et en \
                arabe (certains en anglais), des prix selon la catégorie, du stock ou de la fabrication sur \
                commande, des certificats (certains expirés, d'autres pas encore valides), des savoir-faire, des \
                coopératives féminines et de jeunes, des planchers producteur. Les mêmes tailles et la même graine \
                donnent les mêmes fichiers, octet pour octet. Coopératives, ICE, téléphones et certificats y sont \
                tous inventés.
                --out écrit un dossier, en entier puis mis en place ; un dossier non vide est refusé sans \
                --replace. --into-catalog importe plutôt les fichiers dans le catalogue, tout ou rien, comme \
                `tiwizi import`.

                Exemples :
                  tiwizi generate --out sample/
                  tiwizi generate --cooperatives 61000 --products 600000 --seed 7 \\
                    --out national/ --replace
                  tiwizi generate --products 5000 --into-catalog --catalog demo.sqlite
                """

        // run
        case .runAbstract: return "Exécuter un script Lua sur le catalogue (en lecture seule, dans un bac à sable)."
        case .runDiscussion:
            return """
                Le script dispose des bibliothèques `catalog` et `tiwizi` (docs/lua-api.md). Il écrit avec \
                print() ; les valeurs qu'il renvoie sont affichées après sa sortie. Sa date et son heure sont \
                --at, sinon le jour de TIWIZI_TODAY (à minuit), sinon maintenant, fuseau Africa/Casablanca, \
                comme pour toute commande ; math.random est initialisé par --seed.

                Exemples :
                  tiwizi run scripts/examples/argan-report.lua
                  tiwizi run scripts/examples/event-discount.lua --param discount=15 \\
                    --at 2026-03-20T09:00
                  tiwizi run report.lua --json --max-instructions 50000000
                """

        case .rulesAbstract:
            return "Lister les jeux de règles d'un dossier et l'ordre dans lequel leurs règles s'appliquent."
        case .rulesDiscussion:
            return """
                Chaque fichier .lua de pricing/, labels/ et promotions/ renvoie un jeu de règles \
                (docs/rules.md). Les règles s'appliquent dans un ordre déduit de ce qu'elles déclarent, \
                jamais de l'ordre des fichiers ni des déclarations : before/after d'abord, puis la \
                priorité la plus haute, puis le nom. Un cycle, un nom inconnu ou un jeu de règles qui \
                demande une autre API Lua est une erreur qui nomme les règles et le fichier.

                Exemples :
                  tiwizi rules
                  tiwizi rules --rules my-rules --order
                  tiwizi rules --order --json
                """

        case .priceAbstract: return "Calculer les prix avec les règles : prix final, part du producteur, règles appliquées."
        case .priceDiscussion:
            return """
                Applique les règles de prix d'un dossier de règles (docs/rules.md) à chaque produit nommé, \
                ou aux produits que les options choisissent, dans l'ordre résolu des règles. Chaque prix part \
                du prix catalogue de la coopérative ; aucune combinaison de règles ne fait passer la part de \
                la coopérative sous le plancher qu'elle a déclaré (producer_floor). --explain montre chaque \
                règle examinée : ce qu'elle a fait, chaque arrondi et chaque limitation, ou pourquoi elle ne \
                s'est pas appliquée. Les règles ne lisent jamais l'horloge : --at fixe le moment, et le même \
                catalogue, les mêmes règles et le même moment donnent le même résultat.

                Exemples :
                  tiwizi price
                  tiwizi price TAF-ARG-250 --explain
                  tiwizi price --region SS --at 2026-03-20T09:00
                  tiwizi price --rules my-rules --category food.honey --json
                """
        case .quoteAbstract:
            return "Calculer un panier : lignes, promotions, TVA, parts des producteurs, totaux, empreinte des règles."
        case .quoteDiscussion:
            return """
                Calcule chaque ligne d'un panier (YAML ou JSON : des lignes sku et quantity, et \
                éventuellement coupons et customer) avec les règles de produit, puis applique les règles \
                du panier : paliers de quantité, offres par quantité, lots, codes promo et remises sur la \
                commande (docs/rules.md). Une remise sur la commande est répartie sur les lignes de sorte \
                qu'elles lui somment exactement. --explain montre chaque règle examinée pour chaque ligne \
                et pour le panier, avec ce qui manque, comme les unités qui manquent pour un palier ; le \
                devis se termine par l'empreinte des règles qui l'ont calculé.

                Exemples :
                  tiwizi quote cart.yaml
                  tiwizi quote cart.yaml --coupon ESS2026 --customer amina --explain
                  tiwizi quote cart.json --at 2026-03-20T09:00 --json
                  tiwizi quote --replay 12
                """
        case .orderAbstract:
            return "Enregistrer des commandes à partir de paniers et les montrer telles qu'elles ont été calculées."
        case .orderDiscussion:
            return """
                Une commande garde les prix du devis qui l'a créée, les effets de chaque règle, les codes \
                promo utilisés et l'empreinte du jeu de règles qui l'a calculée (docs/rules.md). Les \
                limites des codes tiennent même quand plusieurs commandes sont passées en même temps.

                Exemples :
                  tiwizi order place cart.yaml --coupon ESS2026 --customer amina
                  tiwizi order list
                  tiwizi order show 12
                """
        case .orderPlaceAbstract: return "Calculer un panier et l'enregistrer comme commande."
        case .orderPlaceDiscussion:
            return """
                Calcule le panier comme tiwizi quote, puis enregistre la commande et ses codes promo en \
                une seule transaction. Un code dont une autre commande a atteint la limite entre-temps \
                fait refuser la commande, et rien n'est enregistré.

                Exemples :
                  tiwizi order place cart.yaml
                  tiwizi order place cart.yaml --coupon ESS2026 --customer amina --json
                """
        case .orderShowAbstract: return "Montrer une commande telle qu'elle a été calculée."
        case .orderShowDiscussion:
            return """
                Montre les lignes, les totaux, les codes et l'empreinte des règles de la commande tels \
                qu'ils étaient à son enregistrement ; --json donne le devis tel qu'il a été calculé, avec \
                chaque effet. Pour voir ce que les règles d'aujourd'hui factureraient : tiwizi quote --replay.

                Exemples :
                  tiwizi order show 12
                  tiwizi order show 12 --json
                """
        case .orderListAbstract: return "Lister les commandes, les plus récentes d'abord."
        case .orderListDiscussion:
            return """
                Montre pour chaque commande son numéro, son heure, son client, son nombre de lignes, son \
                total, ses codes utilisés et le début de l'empreinte de ses règles.

                Exemples :
                  tiwizi order list
                  tiwizi order list --json
                """
        case .labelsAbstract: return "Afficher les étiquettes des produits, issues du même calcul que leurs prix."
        case .labelsDiscussion:
            return """
                Applique les règles de prix, puis les règles d'étiquettes sur le prix final : une étiquette \
                ne peut jamais contredire un prix (docs/rules.md). Le texte des étiquettes est affiché dans \
                la langue de --lang (le français par défaut).

                Exemples :
                  tiwizi labels
                  tiwizi labels TAF-ARG-250 --lang ar
                  tiwizi labels --coop tafoukt-argan --json
                """
        case .testAbstract: return "Exécuter les tests des jeux de règles d'un dossier."
        case .testDiscussion:
            return """
                Exécute chaque fichier se terminant par _test.lua sous pricing/, labels/ et promotions/ du \
                dossier (docs/rules.md). Un fichier de test crée ses coopératives et ses produits dans un \
                catalogue temporaire, jamais le vôtre, vérifiés comme à l'import ; chaque test calcule le \
                prix d'un produit avec le vrai moteur, comme tiwizi price, ou d'un panier, comme tiwizi \
                quote, et compare les montants, les règles appliquées ou écartées, les étiquettes ou les \
                codes utilisés avec ce qu'il attend. Chaque échec dit \
                ce qui diffère. Le code de sortie est 1 quand un test échoue ou qu'un fichier de test est \
                invalide.

                Exemples :
                  tiwizi test
                  tiwizi test my-rules --at 2026-03-20T09:00
                  tiwizi test scripts --json
                """
        case .checkAbstract: return "Contrôler les jeux de règles d'un dossier sur le catalogue, avant leur mise en service."
        case .checkDiscussion:
            return """
                Charge chaque jeu de règles du dossier et signale, avec le fichier et la ligne de chacun : \
                les fichiers qui ne se chargent pas (syntaxe, manifeste ou règle invalide, API que ce \
                Tiwizi ne fournit pas), les règles impossibles à ordonner, les règles d'une même phase \
                que seuls leurs noms ordonnent, les règles dont la période est finie, celles qui échouent \
                sur un produit, celles qui ne s'appliquent à aucun produit, et les règles exclusives qui \
                prennent des produits qu'une autre remise aurait eus. Pour cela il exécute chaque règle \
                sur chaque produit du catalogue, toutes périodes ouvertes, puis les règles de panier sur \
                un panier de contrôle de 10 unités de chaque produit avec tous les codes, et montre le \
                pire cas de chaque produit : le prix le plus bas que les règles peuvent lui donner quand \
                tout se cumule, ce que reçoit alors sa coopérative, et si le plancher du producteur a \
                tenu. Avec --against DIR, il calcule aussi les prix du catalogue et rejoue chaque \
                commande enregistrée avec les règles de DIR et avec celles-ci, et montre ce qui change. \
                Le code de sortie est 1 en cas d'erreur ; les avertissements ne le changent pas.

                Exemples :
                  tiwizi check
                  tiwizi check my-rules --at 2026-03-20T09:00
                  tiwizi check scripts --against released-scripts
                  tiwizi check --json
                """

        case .pluginsAbstract: return "Lister les plugins et les configurer pour le catalogue et pour des événements."
        case .pluginsDiscussion:
            return """
                Les plugins sont cherchés dans le dossier de règles (--rules, scripts par défaut), dans le \
                dossier de plugins configuré pour le catalogue (tiwizi plugins folder), puis dans chaque \
                dossier --plugins. Un plugin s'exécute sauf si le catalogue le désactive. Un événement \
                (tiwizi event) est une configuration nommée et datée : avec --event, enable, disable, set \
                et unset changent les réglages de cet événement, qui l'emportent sur ceux du catalogue \
                quand une commande s'exécute avec --event (docs/plugins.md).

                Exemples :
                  tiwizi plugins
                  tiwizi plugins disable assises-ess
                  tiwizi plugins enable assises-ess --event assises-ess-2026
                  tiwizi plugins set assises-ess discount=20 --event assises-ess-2026
                """
        case .pluginsListAbstract: return "Lister chaque plugin avec son état, ses réglages et l'ordre de ses règles."
        case .pluginsListDiscussion:
            return """
                Affiche chaque plugin trouvé avec sa version, où il a été trouvé, son état (activé, \
                désactivé, refusé et pourquoi, ou introuvable pour le réglage d'un plugin qu'aucun \
                dossier ne contient), ce que font ses règles en échec et ses règles ; puis chaque \
                paramètre avec sa valeur et ce qui l'a fixée (le défaut, le catalogue ou l'événement) ; \
                puis l'ordre dans lequel s'appliquent les règles qui s'exécutent. Avec --event, états et \
                valeurs sont ceux de l'événement. Le code de sortie est 1 quand un plugin est refusé ou \
                que les plugins activés ne peuvent s'exécuter ensemble.

                Exemples :
                  tiwizi plugins list
                  tiwizi plugins list --event assises-ess-2026 --json
                """
        case .pluginsEnableAbstract: return "Activer un plugin pour le catalogue, ou pour un événement."
        case .pluginsEnableDiscussion:
            return """
                Le plugin doit être trouvé et se charger. --on-error fixe ce que font ses règles en échec, \
                que le --on-error d'une commande remplace : fail arrête l'exécution, skip note l'échec et continue.

                Exemples :
                  tiwizi plugins enable assises-ess --event assises-ess-2026
                  tiwizi plugins enable clearance --on-error skip
                """
        case .pluginsDisableAbstract: return "Désactiver un plugin pour le catalogue, ou pour un événement."
        case .pluginsDisableDiscussion:
            return """
                Un plugin désactivé se charge toujours, et tiwizi plugins le liste, mais ses règles ne \
                s'exécutent pas. Le réglage d'un événement l'emporte sur celui du catalogue pour les \
                exécutions avec cet événement.

                Exemples :
                  tiwizi plugins disable assises-ess
                  tiwizi plugins disable clearance --event assises-ess-2026
                """
        case .pluginsSetAbstract: return "Fixer des paramètres d'un plugin, vérifiés selon son manifeste."
        case .pluginsSetDiscussion:
            return """
                Chaque NOM=VALEUR est lu selon le type du paramètre et vérifié selon ses bornes ; une \
                mauvaise valeur est refusée avec le nom du paramètre, son type et les valeurs permises, et \
                rien n'est enregistré. Les valeurs en service font partie de l'empreinte des règles que \
                devis et commandes enregistrent.

                Exemples :
                  tiwizi plugins set assises-ess discount=20
                  tiwizi plugins set assises-ess discount=25 --event assises-ess-2026
                """
        case .pluginsUnsetAbstract: return "Retirer des valeurs de paramètres : retour à celle du catalogue ou au défaut."
        case .pluginsUnsetDiscussion:
            return """
                Sans --event, les valeurs du catalogue sont retirées ; avec, celles de l'événement.

                Exemple :
                  tiwizi plugins unset assises-ess discount --event assises-ess-2026
                """
        case .pluginsResetAbstract: return "Oublier tous les réglages d'un plugin, pour le catalogue ou un événement."
        case .pluginsResetDiscussion:
            return """
                Retire ce que le catalogue dit du plugin (activé ou non, en cas d'erreur, paramètres), \
                même quand le plugin n'est plus trouvé.

                Exemple :
                  tiwizi plugins reset honey-week --event assises-ess-2026
                """
        case .pluginsFolderAbstract: return "Afficher, fixer ou retirer le dossier de plugins du catalogue."
        case .pluginsFolderDiscussion:
            return """
                Toute commande qui charge des plugins cherche dans ce dossier après le dossier de règles \
                et avant les dossiers --plugins. Le chemin est enregistré en absolu.

                Exemples :
                  tiwizi plugins folder
                  tiwizi plugins folder /srv/tiwizi/plugins
                  tiwizi plugins folder --clear
                """
        case .showcaseAbstract: return "Écrire une vitrine des produits pour une foire ou un événement."
        case .showcaseDiscussion:
            return """
                Écrit un dossier qui s'ouvre depuis file:// sans réseau : une couverture (l'événement, \
                ses dates et son lieu), les chiffres, puis les coopératives de chaque région avec leurs \
                membres, savoir-faire et produits, chaque produit avec ses noms, sa quantité nette, son \
                prix et ses labels après les règles à --at (pour --event), la part du producteur, ses \
                certifications, allergènes et stock ; puis les savoir-faire et les produits qui les \
                portent. Les textes sont en français et en arabe par défaut (--lang), l'arabe de droite \
                à gauche. Les options de sélection sont celles de tiwizi product list. --format md et \
                --format json écrivent le même contenu en Markdown ou en structure (docs/showcase.md). \
                Le dossier est écrit en entier ou pas du tout.

                Exemples :
                  tiwizi showcase --out showcase --at 2026-03-20T09:00
                  tiwizi showcase --region MA-09 --event assises-ess-2026 --at 2026-06-11
                  tiwizi showcase --format json --out showcase-json --lang fr,ar,en
                """
        case .eventAbstract: return "Gérer les événements : configurations nommées et datées des plugins."
        case .eventDiscussion:
            return """
                Un événement (des assises nationales, une foire régionale) a un nom, un titre en français \
                et en arabe, un lieu et une période. tiwizi plugins enable, disable, set et unset avec \
                --event configurent les plugins pendant l'événement ; price, labels, quote et order place \
                avec --event utilisent cette configuration, à un moment de la période.

                Exemples :
                  tiwizi event add assises-ess-2026 --title-fr "Assises de l'ESS" \\
                    --title-ar "الملتقى الوطني" --from 2026-06-10 --to 2026-06-14
                  tiwizi event list
                """
        case .eventAddAbstract: return "Ajouter un événement."
        case .eventAddDiscussion:
            return """
                --title-fr, --title-ar, --from et --to sont obligatoires. --from et --to prennent un jour \
                ou une date-heure (fuseau Africa/Casablanca) ; un jour donné à --to inclut tout ce jour.

                Exemple :
                  tiwizi event add foire-agadir --title-fr "Foire d'Agadir" \\
                    --title-ar "معرض أكادير" --from 2026-09-01T09:00 --to 2026-09-05
                """
        case .eventEditAbstract: return "Changer des champs d'un événement, en gardant les autres."
        case .eventEditDiscussion:
            return """
                Seules les options données changent ; un texte vide retire un champ facultatif.

                Exemple :
                  tiwizi event edit assises-ess-2026 --place-fr Rabat --place-ar الرباط
                """
        case .eventListAbstract: return "Lister les événements, par date d'ouverture."
        case .eventListDiscussion:
            return """
                Exemples :
                  tiwizi event list
                  tiwizi event list --json
                """
        case .eventShowAbstract: return "Afficher un événement et les réglages de plugins qu'il fait."
        case .eventShowDiscussion:
            return """
                Exemple :
                  tiwizi event show assises-ess-2026
                """
        case .eventRemoveAbstract: return "Retirer un événement et ses réglages de plugins."
        case .eventRemoveDiscussion:
            return """
                Les commandes passées pour lui gardent son nom.

                Exemple :
                  tiwizi event remove foire-agadir
                """

        // Arguments
        case .argumentNewCooperativeID: return "Identifiant de la coopérative : minuscules, chiffres et tirets."
        case .argumentCooperativeID: return "Identifiant de la coopérative."
        case .argumentNewSKU: return "Référence (SKU) du produit : majuscules, chiffres et tirets."
        case .argumentSKU: return "Référence (SKU) du produit."
        case .argumentNewKnowHowID: return "Identifiant du savoir-faire : minuscules, chiffres et tirets."
        case .argumentKnowHowID: return "Identifiant du savoir-faire."
        case .argumentImportPaths: return "Fichiers ou dossiers à importer."
        case .argumentScript: return "Le script Lua à exécuter."

        // Options partagées
        case .optionCatalog:
            return "Fichier du catalogue (SQLite). Par défaut : $TIWIZI_CATALOG, sinon ~/.local/share/tiwizi/catalog.sqlite."
        case .flagJSONTable: return "Afficher des enregistrements JSON au lieu d'un tableau."
        case .flagJSONRecord: return "Afficher l'enregistrement JSON à la place."
        case .flagJSONExport:
            return "Afficher des enregistrements JSON (le format d'export, voir docs/catalog-format.md) au lieu d'un tableau."
        case .optionNameFr: return "Nom en français."
        case .optionNameAr: return "Nom en arabe."
        case .optionNameEn: return "Nom en anglais."
        case .optionNameZgh: return "Nom en tamazight (alphabet tifinagh)."

        // Coopératives
        case .optionCoopNameFr: return "Nom en français (obligatoire pour une nouvelle coopérative)."
        case .optionLegalForm: return "cooperative, union, association ou gie (par défaut : cooperative)."
        case .optionRegistryCourt: return "Tribunal auprès duquel la coopérative est immatriculée."
        case .optionRegistryNumber: return "Numéro d'immatriculation."
        case .optionICE: return "ICE (Identifiant Commun de l'Entreprise) : exactement 15 chiffres."
        case .optionFounded: return "Date de création, AAAA-MM-JJ."
        case .optionCoopRegion: return "Code de la région, de MA-01 à MA-12 (voir `tiwizi regions`)."
        case .optionProvince: return "Province ou préfecture."
        case .optionCommune: return "Commune (urbaine ou rurale)."
        case .optionSector: return "Secteur d'activité, sous forme de préfixe de catégorie, par ex. food.oil."
        case .optionMembers: return "Nombre total de membres."
        case .optionWomen: return "Nombre de femmes parmi les membres."
        case .optionYouth: return "Nombre de jeunes parmi les membres."
        case .optionPhone: return "Téléphone : +212 puis 5, 6 ou 7 puis 8 chiffres."
        case .optionEmail: return "Adresse e-mail."
        case .optionCoopKnowHow:
            return "Identifiant d'un savoir-faire pratiqué par la coopérative (répétable ; remplace la liste)."
        case .optionCoopProducerFloor:
            return
                "Plancher producteur : la part du prix de chaque produit que reçoit au moins la coopérative, par ex. « 85 % » (un produit peut fixer le sien)."
        case .optionCoopListRegion: return "Seulement les coopératives de cette région (MA-01 … MA-12)."
        case .flagWithProducts: return "Retirer aussi les produits de la coopérative."
        case .optionCSVDialect:
            return "Dialecte CSV : standard (`,`, point décimal, LF) ou excel-fr (`;`, virgule décimale, BOM, CRLF)."
        case .flagReplace: return "Remplacer le contenu d'un dossier non vide (l'export est d'abord écrit en entier)."
        case .flagDryRun: return "Tout vérifier et montrer ce qui changerait, sans rien écrire."
        case .flagChanges: return "Lister les champs modifiés de chaque fiche mise à jour, même nombreuses."

        // Produits
        case .optionProductCoop: return "Identifiant de la coopérative (obligatoire pour un nouveau produit)."
        case .optionProductNameFr: return "Nom en français (obligatoire pour un nouveau produit)."
        case .optionDescriptionFr: return "Description en français."
        case .optionDescriptionAr: return "Description en arabe."
        case .optionCategory: return "Chemin de la catégorie, par ex. food.oil.argan."
        case .optionQuantity: return "Quantité nette, par ex. 250 ou 0,5."
        case .optionUnit: return "Unité de la quantité : g, kg, ml, l ou piece (pièce)."
        case .optionLengthCm: return "Longueur en cm (artisanat)."
        case .optionWidthCm: return "Largeur en cm (artisanat)."
        case .optionPrice: return "Prix tel qu'on l'écrit : 145, 145,50, \"145,50 DH\", 1 450,00."
        case .optionCurrency: return "Code de devise ISO 4217 (par défaut MAD)."
        case .optionVAT: return "Régime de TVA : standard, reduced-14, reduced-10, reduced-7 ou exempt."
        case .optionStock: return "Unités en stock (0 ou plus)."
        case .optionLeadDays: return "Sur commande, prêt en ce nombre de jours (au lieu d'un stock)."
        case .optionOriginRegion: return "Région d'origine, si elle diffère de celle de la coopérative."
        case .optionOriginPlace: return "Lieu d'origine."
        case .optionAllergen: return "Allergène (répétable ; remplace la liste)."
        case .optionCertificate: return "Certificat, sous la forme référentiel:numéro:début:fin (répétable ; remplace la liste)."
        case .optionProductKnowHow: return "Identifiant d'un savoir-faire lié (répétable ; remplace la liste)."
        case .optionProductProducerFloor:
            return
                "Plancher producteur : ce que reçoit au moins la coopérative par unité, une part du prix (« 90 % ») ou un montant (160,00)."
        case .optionStockChange: return "Ajouter ce nombre d'unités au stock (négatif pour en retirer)."
        case .optionProductListCoop: return "Seulement les produits de cette coopérative."
        case .optionProductListRegion:
            return "Seulement les produits de cette région (leur origine, sinon celle de leur coopérative)."
        case .optionProductListCategory: return "Seulement les produits de cette catégorie ou de ses sous-catégories."
        case .optionProductListCertification:
            return "Seulement les produits ayant un certificat de ce référentiel valide aujourd'hui."
        case .optionProductListStock: return "in-stock (en stock), out-of-stock (épuisé) ou made-to-order (sur commande)."
        case .optionProductListSearch: return "Mots à chercher dans les noms des produits."
        case .optionProductListLimit: return "Afficher au plus ce nombre de produits."
        case .optionProductListLang: return "Langue des noms affichés : fr, ar, en ou zgh (à défaut, le français)."

        // Savoir-faire
        case .optionTechniqueFr: return "La technique, en français."
        case .optionTechniqueAr: return "La technique, en arabe."
        case .optionCraftFamily:
            return "Famille de métier, par ex. weaving (tissage), pottery (poterie), zellige, oil-extraction (huilerie)."
        case .optionKnowHowRegion: return "Région où ce savoir-faire se pratique (répétable)."
        case .optionHeritageStatus: return "Statut patrimonial, par ex. unesco."
        case .optionHeritageYear: return "Année de l'inscription au patrimoine."
        case .optionHeritageTitle: return "Intitulé de l'inscription au patrimoine."
        case .optionArtisan: return "Maître artisan, sous la forme nom:oui ou nom:non (accord pour publier son nom ; répétable)."
        case .optionLinkCoop: return "La coopérative à lier."
        case .optionLinkProduct: return "Le produit (référence SKU) à lier."

        // export, run
        case .optionExportFormat: return "yaml, json ou csv."
        case .optionExportOut: return "Fichier ou dossier où écrire (par défaut : la sortie standard)."
        case .optionGenerateCooperatives: return "Nombre de coopératives (de 1 à 1 000 000)."
        case .optionGenerateProducts:
            return "Nombre total de produits, répartis entre les coopératives (de 0 à 100 000 000)."
        case .optionGenerateSeed: return "La graine : la même graine et les mêmes tailles donnent les mêmes fichiers."
        case .optionGenerateOut: return "Le dossier où écrire les fichiers CSV."
        case .flagGenerateReplace:
            return "Remplacer le contenu d'un dossier non vide (les fichiers sont d'abord écrits en entier)."
        case .flagGenerateIntoCatalog: return "Importer les fichiers générés dans le catalogue au lieu d'écrire un dossier."
        case .optionRunParam: return "Un paramètre clé=valeur pour le script (répétable)."
        case .optionRunAt:
            return "Date et heure de l'exécution, par ex. 2026-03-20T09:00 (fuseau Africa/Casablanca) ; prime sur TIWIZI_TODAY."
        case .optionRunSeed: return "Graine de math.random (par défaut : dérivée de --at)."
        case .flagRunJSON: return "Afficher un seul objet JSON : sortie, valeurs renvoyées, journal et consommation."
        case .optionRunMaxInstructions: return "Nombre maximal d'instructions que le script peut exécuter."
        case .optionRunMaxMemory: return "Mémoire que le script peut utiliser, en octets (suffixes K, M, G acceptés)."
        case .optionRunMaxOutput:
            return "Sortie que le script peut écrire avec print et tiwizi.log, en octets (suffixes K, M, G acceptés)."
        case .optionRunTimeout: return "Durée maximale de l'exécution, en secondes (temps réel)."
        case .argumentPricedSKUs: return "Les produits à calculer, par SKU (par défaut : ceux que les options choisissent)."
        case .optionPricingAt:
            return "Le moment du calcul, ex. 2026-03-20T09:00 (fuseau Africa/Casablanca) ; l'emporte sur TIWIZI_TODAY."
        case .optionWorkers:
            return
                "Combien de processus travaillent à la fois (par défaut : un par processeur) : chacun calcule avec ses bacs à sable (price, labels) ou fait des fiches HTML (showcase) ; le résultat est le même quel que soit leur nombre."
        case .optionOnError:
            return "Ce que fait une règle en échec : fail arrête le calcul (par défaut), skip la note dans la trace et continue."
        case .argumentCart: return "Le panier : un fichier YAML ou JSON de lignes (sku, quantity), de codes et du client."
        case .optionCoupon: return "Un code promo donné avec le panier (répétable) ; s'ajoute à ceux du panier."
        case .optionCustomer: return "Le client, pour les codes limités par client ; remplace celui du panier."
        case .optionReplay:
            return "Recalculer la commande ORDER avec les règles d'aujourd'hui et montrer l'écart ligne par ligne."
        case .argumentOrderID: return "Le numéro de la commande, comme tiwizi order list le montre."
        case .flagExplain: return "Montrer chaque règle examinée, ce qu'elle a fait ou pourquoi elle ne s'est pas appliquée."
        case .optionRulesFolder: return "Le dossier des jeux de règles (pricing/, labels/, promotions/, lib/)."
        case .optionPluginsFolder:
            return "Un dossier de plugins (NOM/plugin.lua, ou NOM.lua), cherché après le dossier des règles (répétable)."
        case .optionEvent:
            return "L'événement dont la configuration des plugins s'applique (tiwizi event list) ; --at doit y tomber."
        case .argumentPluginName: return "Le nom du plugin, tel que son manifeste le déclare."
        case .argumentPluginValues: return "Valeurs de paramètres, NOM=VALEUR, chacune écrite comme tiwizi plugins l'affiche."
        case .argumentPluginParameters: return "Les noms des paramètres dont les valeurs sont retirées."
        case .optionPluginOnError:
            return "Ce que font les règles en échec du plugin : fail arrête l'exécution, skip note l'échec et continue."
        case .argumentPluginsFolder: return "Le dossier à fixer (ses plugins : NOM/plugin.lua, ou NOM.lua)."
        case .flagClearPluginsFolder: return "Retirer le dossier de plugins du catalogue."
        case .argumentNewEventName: return "Le nom du nouvel événement : minuscules, chiffres et tirets."
        case .argumentEventName: return "Le nom de l'événement."
        case .optionEventTitleFrench: return "Le titre en français."
        case .optionEventTitleArabic: return "Le titre en arabe."
        case .optionEventTitleEnglish: return "Le titre en anglais."
        case .optionEventPlaceFrench: return "Où il a lieu, en français."
        case .optionEventPlaceArabic: return "Où il a lieu, en arabe."
        case .optionEventPlaceEnglish: return "Où il a lieu, en anglais."
        case .optionEventFrom: return "Son ouverture : un jour, ou une date-heure comme 2026-06-10T09:00."
        case .optionEventTo: return "Sa clôture : un jour (inclus), ou une date-heure."
        case .optionShowcaseCopyTemplates:
            return "Copier les modèles de vitrine de Tiwizi dans ce nouveau dossier, pour les modifier, et s'arrêter."
        case .optionShowcaseCurate:
            return "Un script Lua qui choisit, ordonne et regroupe les produits, avec titres et textes (docs/showcase.md)."
        case .flagShowcaseServe:
            return "Servir la vitrine sur localhost au lieu de l'écrire, refaite à chaque rechargement."
        case .optionShowcasePort: return "Le port où écoute --serve (8080 par défaut ; 0 prend un port libre)."
        case .optionShowcaseOut: return "Le dossier à écrire (showcase par défaut) ; refusé s'il n'est pas vide, sauf --replace."
        case .optionShowcaseFormat:
            return "html (par défaut), labels (une planche A4 d'étiquettes), pdf (avec weasyprint), md ou json."
        case .optionShowcaseLang: return "Les langues des textes, dans l'ordre : fr, ar, en, séparées par des virgules (fr,ar)."
        case .optionShowcaseTemplate:
            return "Un dossier de modèles à utiliser à la place de ceux de Tiwizi (une copie de ses Templates, docs/showcase.md)."
        case .optionShowcaseBaseURL: return "Donner à chaque produit un code QR de cette URL suivie de sa référence."
        case .flagRulesOrder:
            return "Afficher chaque règle dans l'ordre où elle s'applique, avec sa priorité, son cumul et ses phases."
        case .argumentTestFolder: return "Le dossier de règles dont les tests s'exécutent (pricing/, labels/, promotions/)."
        case .optionTestAt:
            return
                "Le moment des tests qui n'en donnent pas, ex. 2026-03-20T09:00 (fuseau Africa/Casablanca) ; l'emporte sur TIWIZI_TODAY."
        case .flagTestJSON: return "Afficher le rapport en un seul objet JSON."
        case .argumentCheckFolder: return "Le dossier de règles à contrôler (pricing/, labels/, promotions/, lib/)."
        case .optionCheckAgainst:
            return
                "Un autre dossier de règles : calculer les prix du catalogue et rejouer les commandes avec les deux, et montrer ce qui change."
        case .flagCheckJSON: return "Afficher le rapport en un seul objet JSON."

        // new plugin
        case .newAbstract: return "Commencer un plugin à partir d'un modèle."
        case .newDiscussion:
            return """
                Exemples :
                  tiwizi new plugin honey-week
                  tiwizi new plugin ess-label --kind label --in my-plugins
                """
        case .newPluginAbstract:
            return "Écrire un nouveau plugin : son manifeste, une règle, des tests qui passent et les annotations LuaCATS."
        case .newPluginDiscussion:
            return """
                Écrit le dossier NOM dans le dossier de plugins --in (docs/plugins.md) : plugin.lua, un \
                manifeste pour l'API Lua de ce Tiwizi avec un paramètre et une règle de la phase --kind \
                (price : une remise sur l'alimentaire ; label : un label pour les prix jusqu'à un seuil ; \
                cart : un palier de quantité sur l'alimentaire) ; NOM_test.lua, dont les tests passent tels \
                quels, l'un d'eux pour chaque valeur d'une liste (une matrice) ; et ce que lisent les \
                éditeurs : .luarc.json et .meta/ (les annotations LuaCATS) pour le serveur de langage Lua, \
                et .luacheckrc pour luacheck. Le dossier est écrit en entier ou pas du tout, et un NOM ou un \
                NOM.lua déjà présent dans le dossier de plugins n'est jamais écrasé. Lancez ensuite ses \
                tests avec tiwizi test, et calculez les prix avec lui grâce à --plugins.

                Exemples :
                  tiwizi new plugin honey-week
                  tiwizi test plugins/honey-week
                  tiwizi price --plugins plugins TAF-ARG-250 --explain
                  tiwizi new plugin ess-label --kind label --author "Union des coopératives"
                  tiwizi new plugin bulk-honey --kind cart --in my-plugins
                """
        case .argumentNewPluginName:
            return
                "Le nom du plugin, de 2 à 64 minuscules, chiffres et tirets simples : il nomme son dossier, son jeu de règles et sa règle."
        case .optionNewPluginIn: return "Le dossier de plugins où l'écrire, créé s'il manque."
        case .optionNewPluginKind: return "La phase de sa règle : price, label ou cart."
        case .optionNewPluginAuthor: return "Qui l'écrit, pour son manifeste (par défaut : un texte à remplacer)."
        }
    }
}
