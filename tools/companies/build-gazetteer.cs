// Regenerates the company gazetteer from data/companies/: the readable intermediate data/companies/generated/gazetteer.tsv
// (review its diff) and the compiled binary src/KoNewsParse/Companies/Data/companies.bin that the library embeds
// (CompanyGazetteer.Load reads it without rebuilding the trie, so CompanyGazetteer.Default is ready in a few milliseconds).
// Run from the repository root:   dotnet run tools/companies/build-gazetteer.cs
// Inputs (all checked in): krx-listing.csv, dart-corp-names.csv, nasdaq-korean-names.csv (facts, see data/companies/README.md),
// curated.csv, groups.csv, common-words.txt, distinctive-names.txt (hand-maintained).
// Output format (UTF-8, one entity per line, '#' lines are comments):
//   name \t englishName \t code \t market \t group \t kind(L listed | G group | U unlisted) \t legalIndex \t aliases
// aliases are '|'-separated, the canonical name first; a leading '?' marks an alias that needs evidence.
// legalIndex is the line index (0-based, among entity lines) of the listed company a legal form selects for a group.
#:project ../../src/KoNewsParse/KoNewsParse.csproj
#:property TargetFramework=net10.0
#:property TreatWarningsAsErrors=false
#:property EnableNETAnalyzers=false
#:property EnforceCodeStyleInBuild=false

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

string root = Directory.GetCurrentDirectory();
string dataDir = Path.Combine(root, "data", "companies");
string outPath = Path.Combine(root, "data", "companies", "generated", "gazetteer.tsv");
string binPath = Path.Combine(root, "src", "KoNewsParse", "Companies", "Data", "companies.bin");
if (!Directory.Exists(dataDir))
{
    Console.Error.WriteLine($"run from the repository root: {dataDir} not found");
    return 2;
}

var warnings = new List<string>();
var entities = new List<Entity>();
var byCode = new Dictionary<string, Entity>(StringComparer.Ordinal);
var byName = new Dictionary<string, Entity>(StringComparer.Ordinal);

var commonWords = ReadList("common-words.txt");
var distinctive = ReadList("distinctive-names.txt");

// --- KRX listing: every listed security (ordinary and preferred shares, REITs, SPACs).
var krx = ReadCsv("krx-listing.csv");
var descriptionWords = new HashSet<string>(StringComparer.Ordinal);
foreach (var r in krx)
{
    foreach (string w in Regex.Split(r["industry"] + " " + r["products"], @"[^\p{L}\p{N}&]+"))
    {
        if (w.Length > 0)
        {
            descriptionWords.Add(w.ToLowerInvariant());
        }
    }
}

foreach (var r in krx)
{
    string market = r["market"] == "KOSDAQ GLOBAL" ? "KOSDAQ" : r["market"];
    var e = new Entity(r["name"].Trim(), r["code"], market, 'L', Source.Krx);
    Add(e);
    if (e.Name.Contains(' '))
    {
        e.AddAlias(e.Name.Replace(" ", "", StringComparison.Ordinal), Source.Krx);
    }
}

// --- DART: English names and registered/former names of listed companies.
foreach (var r in ReadCsv("dart-corp-names.csv"))
{
    if (!byCode.TryGetValue(r["stock_code"], out var e))
    {
        continue; // delisted or never listed: not part of the current gazetteer
    }

    string english = CleanEnglish(r["english_name"]);
    if (english.Length > 0 && e.English is null)
    {
        e.English = english;
    }

    if (english.Length >= 2 && (english.Contains(' ') || english.Length <= 14))
    {
        e.AddAlias(english, Source.DartEnglish);
    }

    string name = r["name"].Trim();
    if (name.Length > 0 && name != e.Name)
    {
        e.AddAlias(name, Source.Dart);
    }
}

// --- NASDAQ: ordinary shares with the Korean names brokers and news use.
foreach (var r in ReadCsv("nasdaq-korean-names.csv"))
{
    if (r["security_type"] != "2")
    {
        continue;
    }

    string ko = r["korean_name"].Trim();
    if (Regex.IsMatch(ko, "유닛|워런트|우선주|채권|라이트|\\(20\\d\\d|%"))
    {
        continue;
    }

    ko = ko.Replace("(ADR)", "", StringComparison.Ordinal).Trim();
    string? paren = null;
    var m = Regex.Match(ko, @"^(.*?)\(([^()]+)\)$");
    if (m.Success)
    {
        ko = m.Groups[1].Value.Trim();
        paren = m.Groups[2].Value.Trim();
    }

    ko = Regex.Replace(ko, @"\s+(클래스\s*)?[A-C]$", "").Trim();
    if (ko.Length < 2 || !Regex.IsMatch(ko, "[가-힣]"))
    {
        continue;
    }

    if (byName.ContainsKey(ko))
    {
        continue; // a share class of a firm already added, or a name a Korean listing owns
    }

    var e = new Entity(ko, r["symbol"], "NASDAQ", 'L', Source.Nasdaq) { English = CleanEnglish(r["english_name"]) };
    Add(e);
    if (ko.Contains(' '))
    {
        e.AddAlias(ko.Replace(" ", "", StringComparison.Ordinal), Source.Nasdaq);
    }

    if (paren is not null && Regex.IsMatch(paren, "^[가-힣 ]{2,}$"))
    {
        e.AddAlias(paren, Source.Nasdaq);
    }
}

// --- Curated entities and aliases.
var legalCodes = new List<(Entity Group, string Code)>();
foreach (var r in ReadCsv("curated.csv"))
{
    string name = r["name"], code = r["code"], kind = r["kind"];
    Entity? e = null;
    if (kind is "listed" or "foreign" && code.Length > 0)
    {
        byCode.TryGetValue(code, out e);
        if (e is null && kind == "foreign" && byName.TryGetValue(name, out var sameName) && sameName.Market == r["market"])
        {
            e = sameName; // e.g. 알파벳 came from the NASDAQ file as GOOG (class C); the curated row picks the class A ticker
            e.Code = code;
            byCode[code] = e;
        }

        if (e is null && kind == "listed")
        {
            warnings.Add($"curated listed company {name} ({code}) is not in the KRX listing");
            continue;
        }
    }

    if (e is null)
    {
        char k = kind switch { "group" => 'G', "unlisted" => 'U', _ => 'L' };
        e = new Entity(name, k == 'L' ? code : "", k == 'L' ? r["market"] : "", k, Source.Curated);
        Add(e);
    }
    else if (e.Name != name)
    {
        e.AddAlias(e.Name, Source.Curated); // e.g. the NASDAQ name 아마존닷컴 stays an alias of 아마존
        byName.Remove(e.Name);
        e.Name = name;
        byName[name] = e;
    }

    e.Curated = true;
    if (r["english"].Length > 0)
    {
        e.English = r["english"];
    }

    if (r["group"].Length > 0)
    {
        e.Group = r["group"];
    }

    if (r["market"].Length > 0 && e.Kind == 'L' && e.Market != r["market"])
    {
        if (e.Source == Source.Krx)
        {
            warnings.Add($"curated market {r["market"]} of {name} differs from the KRX listing ({e.Market}); the listing wins");
        }
        else
        {
            e.Market = r["market"];
        }
    }

    if (e.Kind != 'G')
    {
        e.AddAlias(e.Name, Source.Curated, Evidence.None); // a curated name is unambiguous unless listed with '?'
    }

    foreach (string a in Split(r["aliases"]).Concat(Split(r["former"])))
    {
        bool ev = a.StartsWith('?');
        e.AddAlias(ev ? a[1..] : a, Source.Curated, ev ? Evidence.Required : Evidence.None);
    }

    if (r["legal_code"].Length > 0)
    {
        legalCodes.Add((e, r["legal_code"]));
    }
}

// --- Groups: explicit members, prefix rules, exclusions.
var groupRows = ReadCsv("groups.csv");
var excluded = new HashSet<string>(groupRows.Where(r => r["member"].StartsWith('!')).Select(r => r["member"][1..]));
foreach (var r in groupRows)
{
    string g = r["group"], member = r["member"];
    if (member.StartsWith('!'))
    {
        continue;
    }

    if (member.EndsWith('*'))
    {
        string prefix = member[..^1];
        int hits = 0;
        foreach (var e in entities.Where(e => e.Source == Source.Krx && e.Group is null && !excluded.Contains(e.Name)))
        {
            if (e.Name.StartsWith(prefix, StringComparison.Ordinal) &&
                (e.Name.Length == prefix.Length || !IsLatin(e.Name[prefix.Length]) || !IsLatin(prefix[^1])))
            {
                e.Group = g;
                hits++;
            }
        }

        if (hits == 0)
        {
            warnings.Add($"group rule {g},{member} matched nothing");
        }
    }
    else if (byName.TryGetValue(member, out var e))
    {
        e.Group ??= g;
    }
    else
    {
        warnings.Add($"group member {g},{member} is not a known name");
    }
}

// Preferred shares inherit the group of their issuer (삼성전자우 → 삼성).
foreach (var e in entities.Where(e => e.Group is null && e.Source == Source.Krx))
{
    var m = Regex.Match(e.Name, @"^(.+?)\s?\d?우[A-C]?(\(전환\))?$");
    if (m.Success && byName.TryGetValue(m.Groups[1].Value, out var issuer) && issuer.Group is not null)
    {
        e.Group = issuer.Group;
    }
}

// --- Systematic ambiguity: which aliases need evidence.
int ambiguousNames = 0;
foreach (var e in entities)
{
    foreach (var a in e.Aliases)
    {
        if (a.Evidence != Evidence.Unset)
        {
            continue;
        }

        a.Evidence = NeedsEvidence(a.Text, a.Source) ? Evidence.Required : Evidence.None;
    }

    if (e.Aliases.Count > 0 && e.Aliases[0].Evidence == Evidence.Required)
    {
        ambiguousNames++;
    }
}

// --- Alias keys must be unique: the higher-priority source keeps a key.
var owner = new Dictionary<string, (Entity E, Alias A)>(StringComparer.Ordinal);
foreach (var e in entities)
{
    foreach (var a in e.Aliases)
    {
        string key = Key(a.Text);
        if (key.Length == 0)
        {
            continue;
        }

        if (owner.TryGetValue(key, out var prev))
        {
            if (prev.E == e)
            {
                continue;
            }

            bool wins = a.Source < prev.A.Source || (a.Source == prev.A.Source && e.Curated && !prev.E.Curated);
            if (!wins)
            {
                a.Dropped = true;
                continue;
            }

            prev.A.Dropped = true;
        }

        owner[key] = (e, a);
    }
}

// --- Write.
var index = new Dictionary<Entity, int>();
for (int i = 0; i < entities.Count; i++)
{
    index[entities[i]] = i;
}

var sb = new StringBuilder();
sb.Append("# KoNewsParse company gazetteer — generated by tools/companies/build-gazetteer.cs; do not edit.\n");
sb.Append("# Sources: KRX listing as of 2026-03-22 (FinanceData/fdr_krx_data_cache c561729), FSS DART corp codes (InserToken/Candly-Server 1acba24),\n");
sb.Append("# NASDAQ master NASMST.COD (kevin1113-github/open-trading-api 1db853e), and the curated files in data/companies/.\n");
sb.Append("# name\tenglish\tcode\tmarket\tgroup\tkind\tlegal\taliases\n");
foreach (var e in entities)
{
    string legal = "";
    var lc = legalCodes.FirstOrDefault(x => x.Group == e);
    if (lc.Group is not null)
    {
        if (byCode.TryGetValue(lc.Code, out var listed))
        {
            legal = index[listed].ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            warnings.Add($"legal code {lc.Code} of {e.Name} not found");
        }
    }

    var aliases = new List<string>();
    var seen = new HashSet<string>(StringComparer.Ordinal);
    // The canonical name first (even if another entity owns the key, so that the entity keeps its display name).
    foreach (var a in e.Aliases.OrderBy(a => a.Text == e.Name ? 0 : 1))
    {
        if ((a.Dropped && a.Text != e.Name) || !seen.Add(a.Text))
        {
            continue;
        }

        string text = a.Dropped ? "!" + a.Text : a.Text; // '!' = display only, not matched
        aliases.Add((a.Evidence == Evidence.Required ? "?" : "") + text);
    }

    if (aliases.Count == 0 || !aliases[0].TrimStart('?', '!').Equals(e.Name, StringComparison.Ordinal))
    {
        aliases.Insert(0, "!" + e.Name);
    }

    sb.Append(Clean(e.Name)).Append('\t').Append(Clean(e.English ?? "")).Append('\t').Append(e.Code).Append('\t')
      .Append(e.Market).Append('\t').Append(e.Group ?? "").Append('\t').Append(e.Kind).Append('\t').Append(legal).Append('\t')
      .Append(string.Join('|', aliases.Select(Clean))).Append('\n');
}

Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
File.WriteAllText(outPath, sb.ToString(), new UTF8Encoding(false));
Directory.CreateDirectory(Path.GetDirectoryName(binPath)!);
var compiled = KoNewsParse.Companies.CompanyGazetteerBuilder.FromCompiledTsv(new StringReader(sb.ToString())).Build();
using (var bin = File.Create(binPath))
{
    compiled.Save(bin);
}

Console.WriteLine($"wrote {binPath}: {new FileInfo(binPath).Length:N0} bytes, {compiled.Count} companies, {compiled.AliasCount} aliases");
Console.WriteLine($"wrote {outPath}: {entities.Count} entities ({entities.Count(e => e.Kind == 'L')} listed, " +
                  $"{entities.Count(e => e.Kind == 'G')} groups), {owner.Count} alias keys, {ambiguousNames} names need evidence, " +
                  $"{new FileInfo(outPath).Length:N0} bytes");
foreach (string w in warnings)
{
    Console.Error.WriteLine("warning: " + w);
}

return 0;

// ------------------------------------------------------------------------------------------------------------------

void Add(Entity e)
{
    entities.Add(e);
    if (e.Code.Length > 0)
    {
        byCode.TryAdd(e.Code, e);
    }

    byName.TryAdd(e.Name, e);
    if (e.Kind != 'G')
    {
        e.AddAlias(e.Name, e.Source); // a group is matched only through its explicit aliases (삼성그룹, bare SK …)
    }
}

bool NeedsEvidence(string text, Source source)
{
    string lower = text.ToLowerInvariant();
    string compact = lower.Replace(" ", "", StringComparison.Ordinal);
    if (distinctive.Contains(text) || distinctive.Contains(compact))
    {
        return false;
    }

    if (commonWords.Contains(lower) || commonWords.Contains(compact))
    {
        return true;
    }

    int hangul = compact.Count(c => c is >= '가' and <= '힣');
    int latin = compact.Count(IsLatin);
    if (hangul == compact.Length && hangul <= 2)
    {
        return true; // very short Korean names are mostly ordinary words, place or person names
    }

    if (hangul == 0 && compact.Length <= 3)
    {
        return true; // short Latin names are tickers and abbreviations of many things
    }

    if (descriptionWords.Contains(compact))
    {
        return true; // used as an ordinary word in the exchange's own industry/product descriptions
    }

    if (source == Source.DartEnglish && !lower.Contains(' '))
    {
        return true; // a single English word (BOOSTER, MERCURY) is often an ordinary word
    }

    if (source == Source.Nasdaq && !compact.Contains(' ') && text.Split(' ').Length == 1 && hangul <= 3 && latin == 0)
    {
        return true; // short one-word transliterations of foreign names collide with loanwords
    }

    return false;
}

static string Key(string s)
{
    var sb = new StringBuilder();
    foreach (char c in s.Normalize(NormalizationForm.FormKC))
    {
        if (!char.IsWhiteSpace(c))
        {
            sb.Append(char.ToLowerInvariant(c));
        }
    }

    return sb.ToString();
}

static bool IsLatin(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';

static string Clean(string s) => s.Normalize(NormalizationForm.FormKC).Replace('\t', ' ').Replace('|', '/').Replace('\n', ' ').Trim();

static IEnumerable<string> Split(string s) =>
    s.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

static string CleanEnglish(string s)
{
    s = Regex.Replace(s, @"\s+", " ").Trim();
    // Legal forms and share-class noise (the recognizer strips legal forms from text the same way).
    s = Regex.Replace(s, @"(?i)[\s,.]*\b(co\s*[,.]*\s*,?\s*\.?\s*ltd|company\s+limited|co\s*\.?\s*,?\s*limited|corporation|incorporated|limited|corp|inc|ltd|plc|llc|nv|sa|ag|spon ads.*|ads.*|cl [a-c].*|class [a-c].*|common stock.*|ordinary shares.*)\b\.?\s*$", "");
    s = Regex.Replace(s, @"(?i)[\s,.]*\b(co\s*[,.]*\s*,?\s*\.?\s*ltd|corporation|corp|inc|ltd|co)\b\.?\s*$", "");
    return s.Trim(' ', ',', '.');
}

HashSet<string> ReadList(string file)
{
    var set = new HashSet<string>(StringComparer.Ordinal);
    foreach (string line in File.ReadLines(Path.Combine(dataDir, file)))
    {
        string t = line.Split('#')[0].Trim();
        if (t.Length > 0)
        {
            set.Add(t);
            set.Add(t.ToLowerInvariant());
        }
    }

    return set;
}

List<Dictionary<string, string>> ReadCsv(string file)
{
    var rows = new List<Dictionary<string, string>>();
    string[]? header = null;
    foreach (string line in File.ReadLines(Path.Combine(dataDir, file)))
    {
        if (line.StartsWith('#') || line.Length == 0)
        {
            continue;
        }

        var fields = ParseCsvLine(line);
        if (header is null)
        {
            header = fields.ToArray();
            continue;
        }

        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            row[header[i]] = i < fields.Count ? fields[i] : "";
        }

        rows.Add(row);
    }

    return rows;
}

static List<string> ParseCsvLine(string line)
{
    var fields = new List<string>();
    var sb = new StringBuilder();
    bool quoted = false;
    for (int i = 0; i < line.Length; i++)
    {
        char c = line[i];
        if (quoted)
        {
            if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
            else if (c == '"') { quoted = false; }
            else { sb.Append(c); }
        }
        else if (c == '"') { quoted = true; }
        else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
        else { sb.Append(c); }
    }

    fields.Add(sb.ToString());
    return fields;
}

enum Source { Curated, Krx, Dart, Nasdaq, DartEnglish }

enum Evidence { Unset, None, Required }

sealed class Alias(string text, Source source, Evidence evidence)
{
    public string Text { get; } = text;
    public Source Source { get; } = source;
    public Evidence Evidence { get; set; } = evidence;
    public bool Dropped { get; set; }
}

sealed class Entity(string name, string code, string market, char kind, Source source)
{
    public string Name { get; set; } = name;
    public string Code { get; set; } = code;
    public string Market { get; set; } = market;
    public char Kind { get; } = kind;
    public Source Source { get; } = source;
    public string? English { get; set; }
    public string? Group { get; set; }
    public bool Curated { get; set; }
    public List<Alias> Aliases { get; } = [];

    public void AddAlias(string text, Source source, Evidence evidence = Evidence.Unset)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return;
        }

        var existing = Aliases.FirstOrDefault(a => a.Text == text);
        if (existing is not null)
        {
            if (source == Source.Curated && evidence != Evidence.Unset)
            {
                existing.Evidence = evidence;
            }

            return;
        }

        Aliases.Add(new Alias(text, source, evidence));
    }
}
