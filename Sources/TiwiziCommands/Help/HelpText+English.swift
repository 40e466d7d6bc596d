import TiwiziCore

extension HelpText {
    /// The English help text. A paragraph of a discussion is one line (the `\` at the end of a
    /// source line continues it); example lines are the same as in French.
    var english: String {
        switch self {
        // tiwizi
        case .rootAbstract: return "A scriptable catalog for cooperatives of the social and solidarity economy."
        case .rootDiscussion:
            return """
                The catalog lives in ~/.local/share/tiwizi/catalog.sqlite unless --catalog or TIWIZI_CATALOG names \
                another file. Messages and help follow LC_ALL, LC_MESSAGES or LANG (English or French).

                Examples:
                  tiwizi import catalog/
                  tiwizi product list --region MA-09 --category food.oil
                  tiwizi coop show tafoukt-argan
                  tiwizi export --format yaml --out exported/
                """

        // coop
        case .coopAbstract: return "Register, list, show, update and remove cooperatives."
        case .coopDiscussion:
            return """
                Examples:
                  tiwizi coop list --region MA-09
                  tiwizi coop show tafoukt-argan
                  tiwizi coop update tafoukt-argan --members 41 --women 41
                """
        case .coopAddAbstract: return "Register a cooperative."
        case .coopAddDiscussion:
            return """
                Example:
                  tiwizi coop add tafoukt-argan --name-fr "Coopérative Tafoukt" \\
                    --name-ar "تعاونية تافوكت" --ice 002345678000091 --founded 2011-04-18 \\
                    --region MA-09 --members 38 --women 38
                """
        case .coopListAbstract: return "List cooperatives."
        case .coopListDiscussion:
            return """
                Examples:
                  tiwizi coop list
                  tiwizi coop list --region MA-09 --json
                """
        case .coopShowAbstract: return "Show one cooperative in full."
        case .coopShowDiscussion:
            return """
                Example:
                  tiwizi coop show tafoukt-argan
                """
        case .coopUpdateAbstract: return "Change some fields of a cooperative."
        case .coopUpdateDiscussion:
            return """
                Only the options given change; an empty value clears an optional field (--email "").

                Examples:
                  tiwizi coop update tafoukt-argan --members 41 --women 41 \\
                    --phone +212661234567
                  tiwizi coop update tafoukt-argan --producer-floor "85 %"
                """
        case .coopRemoveAbstract: return "Remove a cooperative."
        case .coopRemoveDiscussion:
            return """
                A cooperative that still has products is removed only with --with-products, which removes its \
                products too.

                Example:
                  tiwizi coop remove tafoukt-argan --with-products
                """

        // product
        case .productAbstract: return "Add, list, show, update and remove products."
        case .productDiscussion:
            return """
                Examples:
                  tiwizi product list --category food.oil
                  tiwizi product show TAF-ARG-250
                  tiwizi product update TAF-ARG-250 --stock-change -3
                  tiwizi product update ASF-SAF-5G --producer-floor 160.00
                """
        case .productAddAbstract: return "Add a product to a cooperative."
        case .productAddDiscussion:
            return """
                Example:
                  tiwizi product add TAF-ARG-250 --coop tafoukt-argan \\
                    --name-fr "Huile d'argan alimentaire" --category food.oil.argan \\
                    --quantity 250 --unit ml --price "145,00" --stock 120
                """
        case .productListAbstract: return "List products, filtered and searched."
        case .productListDiscussion:
            return """
                Filters combine. --category matches a prefix (food.oil matches food.oil.argan); --search finds \
                words in the French, Arabic, English and Tamazight names, ignoring accents and case (word \
                prefixes match: "arg" finds "argan"). An unknown --coop or --certification is an error, not an \
                empty list.

                Examples:
                  tiwizi product list --region MA-09 --category food.oil
                  tiwizi product list --certification igp-argane --stock in-stock
                  tiwizi product list --search "huile argan" --json
                  tiwizi product list --search زيت
                """
        case .productShowAbstract: return "Show one product in full."
        case .productShowDiscussion:
            return """
                Example:
                  tiwizi product show TAF-ARG-250
                """
        case .productUpdateAbstract: return "Change some fields of a product, or its stock."
        case .productUpdateDiscussion:
            return """
                Only the options given change; an empty value clears an optional field (--allergen ""). \
                --stock and --lead-days switch a product between stock and made to order. --stock-change adds to (or, negative, removes from) the stock in \
                one atomic step, so two people updating at once never lose a sale.

                Examples:
                  tiwizi product update TAF-ARG-250 --price 150 --stock 80
                  tiwizi product update TAF-ARG-250 --stock-change -3
                """
        case .productRemoveAbstract: return "Remove a product."
        case .productRemoveDiscussion:
            return """
                Example:
                  tiwizi product remove TAF-ARG-250
                """

        // know-how
        case .knowHowAbstract: return "Add, list, show and update artisan know-how; link it to cooperatives and products."
        case .knowHowDiscussion:
            return """
                Examples:
                  tiwizi know-how list
                  tiwizi know-how show argan-oil-extraction
                  tiwizi know-how link argan-oil-extraction --product TAF-ARG-250
                """
        case .knowHowUpdateAbstract: return "Change some fields of a know-how entry."
        case .knowHowUpdateDiscussion:
            return """
                Only the options given change; an empty value clears an optional field \
                (--heritage-title ""). --region and --artisan replace the whole list.

                Example:
                  tiwizi know-how update argan-oil-extraction --name-ar "استخراج زيت الأركان"
                """
        case .knowHowAddAbstract: return "Add a know-how entry (refused if its id exists)."
        case .knowHowAddDiscussion:
            return """
                Example:
                  tiwizi know-how add argan-oil-extraction \\
                    --name-fr "Extraction de l'huile d'argan" --craft-family oil-extraction \\
                    --region MA-09 --heritage-status unesco --heritage-year 2014
                """
        case .knowHowListAbstract: return "List know-how."
        case .knowHowListDiscussion:
            return """
                Example:
                  tiwizi know-how list --json
                """
        case .knowHowShowAbstract: return "Show one know-how entry."
        case .knowHowShowDiscussion:
            return """
                Example:
                  tiwizi know-how show argan-oil-extraction
                """
        case .knowHowLinkAbstract: return "Link know-how to a cooperative or a product."
        case .knowHowLinkDiscussion:
            return """
                Give exactly one of --coop and --product.

                Examples:
                  tiwizi know-how link argan-oil-extraction --coop tafoukt-argan
                  tiwizi know-how link argan-oil-extraction --product TAF-ARG-250
                """

        // scheme, regions
        case .schemeAbstract: return "List certification schemes (add them with `tiwizi import`)."
        case .schemeDiscussion:
            return """
                Example:
                  tiwizi scheme list --json
                """
        case .schemeListAbstract: return "List certification schemes."
        case .schemeListDiscussion:
            return """
                Examples:
                  tiwizi scheme list
                  tiwizi scheme list --json
                """
        case .regionsAbstract: return "List Morocco's twelve regions and their codes."
        case .regionsDiscussion:
            return """
                Example:
                  tiwizi regions
                """

        // import, export
        case .importAbstract: return "Import YAML, JSON and CSV files or folders, all or nothing."
        case .importDiscussion:
            return """
                Every record is checked first; if anything is wrong, nothing is written and every problem is \
                listed with its file, line and field. Records are matched by id (SKU for products): importing the \
                same files again changes nothing. CSV files may use `,` or `;` (French spreadsheets, decimal \
                comma), with or without BOM, LF or CRLF.
                An import changes only the fields it mentions: a column missing from a spreadsheet (a field \
                missing from a YAML or JSON record) keeps its value; an empty cell (`null`) clears an optional \
                field. The summary lists the fields each updated record changes; --dry-run shows it all without \
                writing.

                Examples:
                  tiwizi import catalog/
                  tiwizi import --dry-run prices.csv
                  tiwizi import products.csv
                  tiwizi import schemes.yaml know-how.yaml cooperatives/
                """
        case .exportAbstract: return "Export the catalog as YAML, JSON or CSV."
        case .exportDiscussion:
            return """
                Without --out, one document goes to standard output (for CSV: the products table). With --out: a \
                .yaml/.yml or .json path gets one document; any other path is a folder that receives the seed \
                layout (YAML: schemes.yaml, know-how.yaml, cooperatives/ID.yaml) or one file per kind (CSV: \
                schemes.csv, know-how.csv, cooperatives.csv, products.csv). Exporting, importing into an empty \
                catalog and exporting again gives identical files.
                A folder is written complete and then put in place; a folder that is not empty is refused \
                unless --replace. --dialect excel-fr writes CSV that French Excel opens directly.

                Examples:
                  tiwizi export --format yaml --out exported/
                  tiwizi export --format json --out catalog.json
                  tiwizi export --format csv > products.csv
                  tiwizi export --format csv --dialect excel-fr --out tableurs/ --replace
                """
        case .generateAbstract: return "Generate a made-up national catalog, the same for the same seed."
        case .generateDiscussion:
            return """
                Writes invented cooperatives and products in the CSV import layouts (schemes.csv, know-how.csv, \
                cooperatives.csv, products.csv), to try Tiwizi at national scale: the twelve regions weighted by \
                population, real provinces and communes, French and Arabic names (some English), prices by \
                category, stock or made to order, certificates (some expired, some not yet valid), know-how, \
                women's and youth cooperatives, producer floors. The same sizes and seed give the same files, \
                byte for byte. Every cooperative, ICE, phone number and certificate in them is invented.
                --out writes a folder, complete and then put in place; a folder that is not empty is refused \
                unless --replace. --into-catalog imports the files into the catalog instead, all or nothing, as \
                `tiwizi import` does.

                Examples:
                  tiwizi generate --out sample/
                  tiwizi generate --cooperatives 61000 --products 600000 --seed 7 \\
                    --out national/ --replace
                  tiwizi generate --products 5000 --into-catalog --catalog demo.sqlite
                """

        // run
        case .runAbstract: return "Run a Lua script against the catalog (read-only, sandboxed)."
        case .runDiscussion:
            return """
                The script sees the `catalog` and `tiwizi` libraries (docs/lua-api.md). It prints with print(); \
                what it returns is shown after its output. Its date-time is --at, else the day in \
                TIWIZI_TODAY (at midnight), else now, in Africa/Casablanca, as for every command; \
                math.random is seeded by --seed.

                Examples:
                  tiwizi run scripts/examples/argan-report.lua
                  tiwizi run scripts/examples/event-discount.lua --param discount=15 \\
                    --at 2026-03-20T09:00
                  tiwizi run report.lua --json --max-instructions 50000000
                """

        case .rulesAbstract: return "List the rule sets of a folder and the order in which their rules apply."
        case .rulesDiscussion:
            return """
                Each .lua file under pricing/, labels/ and promotions/ returns a rule set (docs/rules.md). \
                Rules apply in an order resolved from what they declare, never from file or declaration \
                order: before/after first, then higher priority, then name. A cycle, an unknown name or \
                a rule set that needs another Lua API is an error that names the rules and the file.

                Examples:
                  tiwizi rules
                  tiwizi rules --rules my-rules --order
                  tiwizi rules --order --json
                """

        case .priceAbstract: return "Price products with the rules: final price, producer's share, rules applied."
        case .priceDiscussion:
            return """
                Runs the price rules of a rules folder (docs/rules.md) on each product named, or on the \
                products the options select, in the order the rules resolve to. Each price starts from the \
                cooperative's list price; no combination of rules takes the cooperative's share below the \
                floor it declared (producer_floor). --explain shows every rule considered: what it did, \
                each rounding and clamping step, or why it did not apply. Rules never read the clock: \
                --at sets the moment, so the same catalog, rules and moment give the same result.

                Examples:
                  tiwizi price
                  tiwizi price TAF-ARG-250 --explain
                  tiwizi price --region SS --at 2026-03-20T09:00
                  tiwizi price --rules my-rules --category food.honey --json
                """
        case .quoteAbstract: return "Price a cart: lines, promotions, VAT, producers' shares, totals, rule-set hash."
        case .quoteDiscussion:
            return """
                Prices each line of a cart (YAML or JSON: lines of sku and quantity, and optionally \
                coupons and customer) with the product rules, then applies the cart rules: quantity \
                tiers, multi-buys, bundles, coupons and order discounts (docs/rules.md). An order discount \
                is spread over the lines so that they sum exactly to it. --explain shows every rule \
                considered for each line and for the cart, with near misses such as the units missing \
                for a tier; the quote ends with the hash of the rules that priced it.

                Examples:
                  tiwizi quote cart.yaml
                  tiwizi quote cart.yaml --coupon ESS2026 --customer amina --explain
                  tiwizi quote cart.json --at 2026-03-20T09:00 --json
                  tiwizi quote --replay 12
                """
        case .orderAbstract: return "Place orders from carts and show them as they were priced."
        case .orderDiscussion:
            return """
                An order keeps the prices of the quote that placed it, the effects of every rule, the \
                coupons it redeemed and the hash of the rule set that priced it (docs/rules.md). Coupon \
                caps hold even when several orders are placed at once.

                Examples:
                  tiwizi order place cart.yaml --coupon ESS2026 --customer amina
                  tiwizi order list
                  tiwizi order show 12
                """
        case .orderPlaceAbstract: return "Price a cart and record it as an order."
        case .orderPlaceDiscussion:
            return """
                Prices the cart as tiwizi quote does, then records the order and its coupon redemptions \
                in one transaction. A coupon whose cap another order reached in the meantime refuses the \
                order, and nothing is recorded.

                Examples:
                  tiwizi order place cart.yaml
                  tiwizi order place cart.yaml --coupon ESS2026 --customer amina --json
                """
        case .orderShowAbstract: return "Show an order as it was priced."
        case .orderShowDiscussion:
            return """
                Shows the order's lines, totals, coupons and rule-set hash as they were when it was \
                placed; --json gives the quote as it was priced, every effect included. To see what \
                today's rules would charge, use tiwizi quote --replay.

                Examples:
                  tiwizi order show 12
                  tiwizi order show 12 --json
                """
        case .orderListAbstract: return "List the orders, most recent first."
        case .orderListDiscussion:
            return """
                Shows each order's id, time, customer, number of lines, total, coupons redeemed and the \
                start of its rule-set hash.

                Examples:
                  tiwizi order list
                  tiwizi order list --json
                """
        case .labelsAbstract: return "Show the labels products earn, from the same pass as their prices."
        case .labelsDiscussion:
            return """
                Runs the price rules, then the label rules on the final price, so a label can never \
                disagree with a price (docs/rules.md). A label's text is shown in --lang (French by \
                default).

                Examples:
                  tiwizi labels
                  tiwizi labels TAF-ARG-250 --lang ar
                  tiwizi labels --coop tafoukt-argan --json
                """
        case .testAbstract: return "Run the tests of the rule sets of a folder."
        case .testDiscussion:
            return """
                Runs every file ending in _test.lua under the folder's pricing/, labels/ and promotions/ \
                (docs/rules.md). A test file builds its cooperatives and products in a temporary catalog, \
                never yours, checked as an import checks them; each test prices one product with the real \
                engine, as tiwizi price does, or quotes a cart, as tiwizi quote does, and compares the \
                amounts, the rules applied or skipped, the labels or the coupons redeemed with what it \
                expects. Each failure says what differs. The exit \
                status is 1 when a test fails or a test file is invalid.

                Examples:
                  tiwizi test
                  tiwizi test my-rules --at 2026-03-20T09:00
                  tiwizi test scripts --json
                """
        case .checkAbstract: return "Check the rule sets of a folder against the catalog, before they go live."
        case .checkDiscussion:
            return """
                Loads every rule set of the folder and reports, with the file and line of each: files \
                that do not load (syntax, an invalid manifest or rule, an API this Tiwizi does not \
                provide), rules that cannot be ordered, rules of one phase whose order only their names \
                decide, rules whose window has ended, rules that fail on a product, rules that never \
                apply to any product, and exclusive rules that take products another discount would \
                have had. To find them it runs every rule on every product of the catalog with every \
                window open, then the cart rules on a check cart of 10 units of every product with every \
                coupon given, and shows each product's worst case: the lowest price the rules can give \
                it when everything stacks, what its cooperative then receives, and whether the \
                producer's floor held. With --against DIR it also prices the catalog and replays every \
                recorded order with the rules of DIR and with these, and shows what changes. The exit \
                status is 1 when there is an error; warnings do not change it.

                Examples:
                  tiwizi check
                  tiwizi check my-rules --at 2026-03-20T09:00
                  tiwizi check scripts --against released-scripts
                  tiwizi check --json
                """

        case .pluginsAbstract: return "List the plugins and configure them for the catalog and for events."
        case .pluginsDiscussion:
            return """
                Plugins are found in the rules folder (--rules, scripts by default), in the plugins folder \
                configured for the catalog (tiwizi plugins folder), then in each --plugins folder. A plugin \
                runs unless the catalog disables it. An event (tiwizi event) is a named, dated \
                configuration: with --event, enable, disable, set and unset change that event's settings, \
                which win over the catalog's when a command runs with --event (docs/plugins.md).

                Examples:
                  tiwizi plugins
                  tiwizi plugins disable assises-ess
                  tiwizi plugins enable assises-ess --event assises-ess-2026
                  tiwizi plugins set assises-ess discount=20 --event assises-ess-2026
                """
        case .pluginsListAbstract: return "List every plugin with its status, settings and the order of its rules."
        case .pluginsListDiscussion:
            return """
                Shows each plugin found with its version, where it was found, its status (enabled, \
                disabled, refused and why, or not found for a setting of a plugin no folder holds), what \
                its failing rules do, and its rules; then each parameter with its value and what set it \
                (the default, the catalog, or the event); then the order in which the rules that run \
                apply. With --event, the statuses and values are those of the event. The exit status is \
                1 when a plugin is refused or the enabled plugins cannot run together.

                Examples:
                  tiwizi plugins list
                  tiwizi plugins list --event assises-ess-2026 --json
                """
        case .pluginsEnableAbstract: return "Enable a plugin for the catalog, or for one event."
        case .pluginsEnableDiscussion:
            return """
                The plugin must be found and load. --on-error sets what its failing rules do, which a \
                command's own --on-error overrides: fail stops the run, skip records the failure and goes on.

                Examples:
                  tiwizi plugins enable assises-ess --event assises-ess-2026
                  tiwizi plugins enable clearance --on-error skip
                """
        case .pluginsDisableAbstract: return "Disable a plugin for the catalog, or for one event."
        case .pluginsDisableDiscussion:
            return """
                A disabled plugin still loads, and tiwizi plugins lists it, but its rules do not run. An \
                event's setting wins over the catalog's for runs with that event.

                Examples:
                  tiwizi plugins disable assises-ess
                  tiwizi plugins disable clearance --event assises-ess-2026
                """
        case .pluginsSetAbstract: return "Set parameters of a plugin, checked against its manifest."
        case .pluginsSetDiscussion:
            return """
                Each NAME=VALUE is read as the parameter's type and checked against its bounds; a bad \
                value is refused with the parameter's name, type and allowed values, and nothing is \
                stored. The values in use are part of the rule-set hash that quotes and orders record.

                Examples:
                  tiwizi plugins set assises-ess discount=20
                  tiwizi plugins set assises-ess discount=25 --event assises-ess-2026
                """
        case .pluginsUnsetAbstract: return "Remove parameter values, back to the catalog's value or the default."
        case .pluginsUnsetDiscussion:
            return """
                Without --event, the catalog's values are removed; with it, the event's.

                Example:
                  tiwizi plugins unset assises-ess discount --event assises-ess-2026
                """
        case .pluginsResetAbstract: return "Forget every setting of a plugin, for the catalog or for one event."
        case .pluginsResetDiscussion:
            return """
                Removes what the catalog says of the plugin (enabled or not, on error, parameters), even \
                when the plugin is no longer found.

                Example:
                  tiwizi plugins reset honey-week --event assises-ess-2026
                """
        case .pluginsFolderAbstract: return "Show, set or clear the plugins folder configured for the catalog."
        case .pluginsFolderDiscussion:
            return """
                Every command that loads plugins searches this folder after the rules folder and before \
                the --plugins folders. The path is stored absolute.

                Examples:
                  tiwizi plugins folder
                  tiwizi plugins folder /srv/tiwizi/plugins
                  tiwizi plugins folder --clear
                """
        case .showcaseAbstract: return "Write a showcase catalog of products for a fair or an event."
        case .showcaseDiscussion:
            return """
                Writes a folder that opens from file:// with no network: a cover (the event, its dates \
                and place), the figures, then each region's cooperatives with their members, know-how \
                and products, each product with its names, net quantity, price and labels after the \
                rules at --at (for --event), its producer's share, certifications, allergens and stock; \
                then the know-how and the products that carry it. Texts are in French and Arabic by \
                default (--lang), Arabic right to left. The selection options are those of tiwizi \
                product list. --format md and --format json write the same content as Markdown or as \
                the curated structure (docs/showcase.md). The folder is written whole or not at all.

                Examples:
                  tiwizi showcase --out showcase --at 2026-03-20T09:00
                  tiwizi showcase --region MA-09 --event assises-ess-2026 --at 2026-06-11
                  tiwizi showcase --format json --out showcase-json --lang fr,ar,en
                """
        case .eventAbstract: return "Manage events: named, dated configurations of the plugins."
        case .eventDiscussion:
            return """
                An event (a national conference, a regional fair) has a name, a title in French and \
                Arabic, a place and a time window. tiwizi plugins enable, disable, set and unset with \
                --event configure the plugins during it; price, labels, quote and order place with \
                --event use that configuration, at a moment within the window.

                Examples:
                  tiwizi event add assises-ess-2026 --title-fr "Assises de l'ESS" \\
                    --title-ar "الملتقى الوطني" --from 2026-06-10 --to 2026-06-14
                  tiwizi event list
                """
        case .eventAddAbstract: return "Add an event."
        case .eventAddDiscussion:
            return """
                --title-fr, --title-ar, --from and --to are required. --from and --to take a day or a \
                date-time (zone Africa/Casablanca); a day given to --to includes that whole day.

                Example:
                  tiwizi event add foire-agadir --title-fr "Foire d'Agadir" \\
                    --title-ar "معرض أكادير" --from 2026-09-01T09:00 --to 2026-09-05
                """
        case .eventEditAbstract: return "Change fields of an event, keeping the others."
        case .eventEditDiscussion:
            return """
                Only the options given change; an empty text removes an optional one.

                Example:
                  tiwizi event edit assises-ess-2026 --place-fr Rabat --place-ar الرباط
                """
        case .eventListAbstract: return "List the events, by opening time."
        case .eventListDiscussion:
            return """
                Examples:
                  tiwizi event list
                  tiwizi event list --json
                """
        case .eventShowAbstract: return "Show an event and the plugin settings it makes."
        case .eventShowDiscussion:
            return """
                Example:
                  tiwizi event show assises-ess-2026
                """
        case .eventRemoveAbstract: return "Remove an event and its plugin settings."
        case .eventRemoveDiscussion:
            return """
                Orders placed for it keep its name.

                Example:
                  tiwizi event remove foire-agadir
                """

        // Arguments
        case .argumentNewCooperativeID: return "The cooperative's id: lowercase letters, digits and hyphens."
        case .argumentCooperativeID: return "The cooperative's id."
        case .argumentNewSKU: return "The SKU: uppercase letters, digits and hyphens."
        case .argumentSKU: return "The product's SKU."
        case .argumentNewKnowHowID: return "The know-how id: lowercase letters, digits and hyphens."
        case .argumentKnowHowID: return "The know-how id."
        case .argumentImportPaths: return "Files or folders to import."
        case .argumentScript: return "The Lua script to run."

        // Shared options
        case .optionCatalog:
            return "The catalog file (SQLite). Default: $TIWIZI_CATALOG, else ~/.local/share/tiwizi/catalog.sqlite."
        case .flagJSONTable: return "Print JSON records instead of a table."
        case .flagJSONRecord: return "Print the JSON record instead."
        case .flagJSONExport: return "Print JSON records (the export format, see docs/catalog-format.md) instead of a table."
        case .optionNameFr: return "Name in French."
        case .optionNameAr: return "Name in Arabic."
        case .optionNameEn: return "Name in English."
        case .optionNameZgh: return "Name in Tamazight (Tifinagh script)."

        // Cooperatives
        case .optionCoopNameFr: return "Name in French (required for a new cooperative)."
        case .optionLegalForm: return "cooperative, union, association or gie (default: cooperative)."
        case .optionRegistryCourt: return "Court of the registry the cooperative is entered in."
        case .optionRegistryNumber: return "Registry number."
        case .optionICE: return "ICE (Identifiant Commun de l'Entreprise): exactly 15 digits."
        case .optionFounded: return "Founding date, YYYY-MM-DD."
        case .optionCoopRegion: return "Region code, MA-01 … MA-12 (see `tiwizi regions`)."
        case .optionProvince: return "Province or prefecture."
        case .optionCommune: return "Commune (urban or rural)."
        case .optionSector: return "Sector as a category prefix, e.g. food.oil."
        case .optionMembers: return "Total number of members."
        case .optionWomen: return "Number of women among the members."
        case .optionYouth: return "Number of young members."
        case .optionPhone: return "Phone: +212 then 5, 6 or 7 then 8 digits."
        case .optionEmail: return "Email address."
        case .optionCoopKnowHow: return "Know-how id the cooperative practises (repeatable; replaces the list)."
        case .optionCoopProducerFloor:
            return
                "Producer floor: the least share of each product's price the cooperative receives, e.g. \"85 %\" (a product may set its own)."
        case .optionCoopListRegion: return "Only cooperatives of this region (MA-01 … MA-12)."
        case .flagWithProducts: return "Also remove the cooperative's products."
        case .optionCSVDialect:
            return "CSV dialect: standard (`,`, decimal dots, LF) or excel-fr (`;`, decimal commas, BOM, CRLF)."
        case .flagReplace: return "Replace the contents of a folder that is not empty (the export is written complete first)."
        case .flagDryRun: return "Check everything and show what would change, without writing anything."
        case .flagChanges: return "List the changed fields of every updated record, however many."

        // Products
        case .optionProductCoop: return "The cooperative's id (required for a new product)."
        case .optionProductNameFr: return "Name in French (required for a new product)."
        case .optionDescriptionFr: return "Description in French."
        case .optionDescriptionAr: return "Description in Arabic."
        case .optionCategory: return "Category path, e.g. food.oil.argan."
        case .optionQuantity: return "Net quantity amount, e.g. 250 or 0.5."
        case .optionUnit: return "Unit of the quantity: g, kg, ml, l or piece."
        case .optionLengthCm: return "Length in cm (crafts)."
        case .optionWidthCm: return "Width in cm (crafts)."
        case .optionPrice: return "Price as people write it: 145, 145,50, \"145,50 DH\", 1 450,00."
        case .optionCurrency: return "ISO 4217 currency code (default MAD)."
        case .optionVAT: return "VAT regime: standard, reduced-14, reduced-10, reduced-7 or exempt."
        case .optionStock: return "Units in stock (0 or more)."
        case .optionLeadDays: return "Made to order, ready after this many days (instead of a stock)."
        case .optionOriginRegion: return "Region of origin when it differs from the cooperative's."
        case .optionOriginPlace: return "Place of origin."
        case .optionAllergen: return "Allergen (repeatable; replaces the list)."
        case .optionCertificate: return "Certificate scheme:number:valid_from:valid_until (repeatable; replaces the list)."
        case .optionProductKnowHow: return "Linked know-how id (repeatable; replaces the list)."
        case .optionProductProducerFloor:
            return
                "Producer floor: the least the cooperative receives per unit, a share of the price (\"90 %\") or an amount (160.00)."
        case .optionStockChange: return "Add this many units to the stock (negative to remove)."
        case .optionProductListCoop: return "Only products of this cooperative."
        case .optionProductListRegion: return "Only products from this region (their origin, else their cooperative's)."
        case .optionProductListCategory: return "Only products in this category or below it."
        case .optionProductListCertification: return "Only products with a certificate of this scheme valid today."
        case .optionProductListStock: return "in-stock, out-of-stock or made-to-order."
        case .optionProductListSearch: return "Words to find in the product names."
        case .optionProductListLimit: return "Show at most this many products."
        case .optionProductListLang: return "Language of the names shown: fr, ar, en or zgh (falls back to French)."

        // Know-how
        case .optionTechniqueFr: return "The technique, in French."
        case .optionTechniqueAr: return "The technique, in Arabic."
        case .optionCraftFamily: return "Craft family, e.g. weaving, pottery, zellige, oil-extraction."
        case .optionKnowHowRegion: return "Region that keeps the know-how (repeatable)."
        case .optionHeritageStatus: return "Heritage status, e.g. unesco."
        case .optionHeritageYear: return "Year of the heritage listing."
        case .optionHeritageTitle: return "Title of the heritage listing."
        case .optionArtisan: return "Master artisan as name:yes or name:no (consent to publish; repeatable)."
        case .optionLinkCoop: return "The cooperative to link."
        case .optionLinkProduct: return "The product (SKU) to link."

        // export, run
        case .optionExportFormat: return "yaml, json or csv."
        case .optionExportOut: return "A file or folder to write to (default: standard output)."
        case .optionGenerateCooperatives: return "How many cooperatives (1 to 1,000,000)."
        case .optionGenerateProducts: return "How many products in all, shared out among the cooperatives (0 to 100,000,000)."
        case .optionGenerateSeed: return "The seed: the same seed and sizes give the same files."
        case .optionGenerateOut: return "The folder to write the CSV files to."
        case .flagGenerateReplace:
            return "Replace the contents of a folder that is not empty (the files are written complete first)."
        case .flagGenerateIntoCatalog: return "Import the generated files into the catalog instead of writing a folder."
        case .optionRunParam: return "A parameter key=value for the script (repeatable)."
        case .optionRunAt: return "The run's date-time, e.g. 2026-03-20T09:00 (zone Africa/Casablanca); wins over TIWIZI_TODAY."
        case .optionRunSeed: return "Seed of math.random (default: derived from --at)."
        case .flagRunJSON: return "Print one JSON object: output, returned values, log and usage."
        case .optionRunMaxInstructions: return "Instruction budget of the run."
        case .optionRunMaxMemory: return "Memory the script may use, in bytes (suffixes K, M, G accepted)."
        case .optionRunMaxOutput:
            return "Output the script may write with print and tiwizi.log, in bytes (suffixes K, M, G accepted)."
        case .optionRunTimeout: return "Wall-clock limit of the run, in seconds."
        case .argumentPricedSKUs: return "Products to price, by SKU (default: the products the options select)."
        case .optionPricingAt:
            return "The moment prices are computed at, e.g. 2026-03-20T09:00 (zone Africa/Casablanca); wins over TIWIZI_TODAY."
        case .optionWorkers:
            return
                "How many workers run at once (default: one per processor): each prices with its own sandboxes (price, labels) or makes HTML cards (showcase); the output is the same for any number."
        case .optionOnError:
            return "What a failing rule does: fail stops the run (the default), skip records it in the trace and goes on."
        case .argumentCart: return "The cart: a YAML or JSON file of lines (sku, quantity), coupons and customer."
        case .optionCoupon: return "A coupon code given with the cart (repeatable); adds to the cart's coupons."
        case .optionCustomer: return "Who buys, for coupons limited per customer; replaces the cart's customer."
        case .optionReplay: return "Price placed order ORDER again with today's rules and show the difference line by line."
        case .argumentOrderID: return "The order's id, as tiwizi order list shows it."
        case .flagExplain: return "Show every rule considered, what it did or why it did not apply."
        case .optionRulesFolder: return "The folder of rule sets (pricing/, labels/, promotions/, lib/)."
        case .optionPluginsFolder:
            return "A folder of plugins (NAME/plugin.lua, or NAME.lua), searched after the rules folder (repeatable)."
        case .optionEvent:
            return "The event whose configuration of the plugins applies (tiwizi event list); --at must fall within it."
        case .argumentPluginName: return "The plugin's name, as its manifest declares it."
        case .argumentPluginValues: return "Parameter values, NAME=VALUE, each written as tiwizi plugins shows it."
        case .argumentPluginParameters: return "The names of the parameters whose values are removed."
        case .optionPluginOnError:
            return "What the plugin's failing rules do: fail stops the run, skip records the failure and goes on."
        case .argumentPluginsFolder: return "The folder to set (its plugins: NAME/plugin.lua, or NAME.lua)."
        case .flagClearPluginsFolder: return "Remove the catalog's plugins folder."
        case .argumentNewEventName: return "The new event's name: lowercase letters, digits and hyphens."
        case .argumentEventName: return "The event's name."
        case .optionEventTitleFrench: return "The title in French."
        case .optionEventTitleArabic: return "The title in Arabic."
        case .optionEventTitleEnglish: return "The title in English."
        case .optionEventPlaceFrench: return "Where it takes place, in French."
        case .optionEventPlaceArabic: return "Where it takes place, in Arabic."
        case .optionEventPlaceEnglish: return "Where it takes place, in English."
        case .optionEventFrom: return "When it opens: a day, or a date-time such as 2026-06-10T09:00."
        case .optionEventTo: return "When it closes: a day (included), or a date-time."
        case .optionShowcaseCopyTemplates: return "Copy Tiwizi's showcase templates into this new folder, to edit them, and stop."
        case .optionShowcaseCurate:
            return "A Lua script that selects, orders and groups the products, with headings and blurbs (docs/showcase.md)."
        case .flagShowcaseServe:
            return "Serve the showcase on localhost instead of writing it, made again on every reload."
        case .optionShowcasePort: return "The port --serve listens on (8080 by default; 0 takes any free port)."
        case .optionShowcaseOut: return "The folder to write (showcase by default); refused when not empty, unless --replace."
        case .optionShowcaseFormat:
            return "html (the default), labels (an A4 sheet of shelf labels), pdf (with weasyprint), md or json."
        case .optionShowcaseLang: return "The languages of the texts, in order: fr, ar, en, separated by commas (fr,ar)."
        case .optionShowcaseTemplate:
            return "A folder of templates to use instead of Tiwizi's (a copy of its Templates, docs/showcase.md)."
        case .optionShowcaseBaseURL: return "Give each product a QR code of this URL followed by its SKU."
        case .flagRulesOrder: return "Show every rule in the order it applies, with its priority, stacking and phases."
        case .argumentTestFolder: return "The rules folder whose tests run (pricing/, labels/, promotions/)."
        case .optionTestAt:
            return
                "The moment of the tests that set none, e.g. 2026-03-20T09:00 (zone Africa/Casablanca); wins over TIWIZI_TODAY."
        case .flagTestJSON: return "Print the report as one JSON object."
        case .argumentCheckFolder: return "The rules folder to check (pricing/, labels/, promotions/, lib/)."
        case .optionCheckAgainst:
            return "Another rules folder: price the catalog and replay the recorded orders with both, and show the changes."
        case .flagCheckJSON: return "Print the report as one JSON object."

        // new plugin
        case .newAbstract: return "Start a plugin from a template."
        case .newDiscussion:
            return """
                Examples:
                  tiwizi new plugin honey-week
                  tiwizi new plugin ess-label --kind label --in my-plugins
                """
        case .newPluginAbstract: return "Write a new plugin: its manifest, a rule, passing tests and LuaCATS annotations."
        case .newPluginDiscussion:
            return """
                Writes the folder NAME in the plugin folder --in (docs/plugins.md): plugin.lua, a manifest for \
                the Lua API of this Tiwizi with one parameter and one rule of the phase --kind (price: a \
                discount on food; label: a label for prices up to a bound; cart: a quantity tier on food); \
                NAME_test.lua, whose tests pass as written, one of them for every value in a list \
                (a matrix); and what editors read: .luarc.json and .meta/ (the LuaCATS annotations) for \
                the Lua language server, and .luacheckrc for luacheck. The folder is written whole or not \
                at all, and a NAME or NAME.lua already in the plugin folder is never overwritten. Then run \
                its tests with tiwizi test, and price with it with --plugins.

                Examples:
                  tiwizi new plugin honey-week
                  tiwizi test plugins/honey-week
                  tiwizi price --plugins plugins TAF-ARG-250 --explain
                  tiwizi new plugin ess-label --kind label --author "Union des coopératives"
                  tiwizi new plugin bulk-honey --kind cart --in my-plugins
                """
        case .argumentNewPluginName:
            return
                "The plugin's name, 2–64 lowercase letters, digits and single hyphens: it names its folder, its rule set and its rule."
        case .optionNewPluginIn: return "The plugin folder to write it in, created if missing."
        case .optionNewPluginKind: return "The phase of its rule: price, label or cart."
        case .optionNewPluginAuthor: return "Who writes it, for its manifest (default: a placeholder to replace)."
        }
    }
}
