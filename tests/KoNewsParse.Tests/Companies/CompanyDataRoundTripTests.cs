using KoNewsParse.Companies;

namespace KoNewsParse.Tests.Companies;

/// <summary>Every company of the checked-in KRX listing (data/companies/krx-listing.csv) must round-trip through the embedded gazetteer.</summary>
public class CompanyDataRoundTripTests
{
    private static readonly Lazy<List<(string Code, string Name, string Market)>> Listing = new(ReadListing);

    [Fact]
    public void The_listing_file_is_found_and_complete()
    {
        Assert.True(Listing.Value.Count > 2800, $"only {Listing.Value.Count} rows read");
    }

    [Fact]
    public void Every_listed_code_is_in_the_gazetteer_with_its_name_and_market()
    {
        var failures = new List<string>();
        foreach ((string code, string name, string market) in Listing.Value)
        {
            Company? c = CompanyGazetteer.Default.FindByCode(code);
            string expectedMarket = market == "KOSDAQ GLOBAL" ? "KOSDAQ" : market;
            if (c is null || !c.IsListed || c.Market != expectedMarket)
            {
                failures.Add($"{code} {name}: {c?.Name ?? "missing"} {c?.Market}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public void Every_listed_name_normalizes_to_its_code_bare_with_a_particle_and_with_a_legal_form()
    {
        var failures = new List<string>();
        foreach ((string code, string name, _) in Listing.Value)
        {
            string particle = Particle(name);
            foreach (string form in new[] { "(주)" + name, name + "(주)", "㈜" + name + particle, name + " 주식회사" })
            {
                if (CompanyNormalizer.Normalize(form)?.Code != code)
                {
                    failures.Add($"{form} → {CompanyNormalizer.Normalize(form)?.Code ?? "none"} (want {code})");
                }
            }

            // Bare (and with a particle), a name resolves to the company itself, or to the group that owns the bare name
            // (SK, LG, 한화 …) whose legal form selects this listed company (checked above).
            foreach (string form in new[] { name, name + particle })
            {
                Company? c = CompanyNormalizer.Normalize(form);
                if (c is null || (c.Code != code && c.Kind != CompanyKind.Group))
                {
                    failures.Add($"{form} → {c?.Name ?? "none"} {c?.Code} (want {code})");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void Every_listed_name_is_found_in_a_sentence_with_a_legal_form_and_a_particle()
    {
        var failures = new List<string>();
        foreach ((string code, string name, _) in Listing.Value)
        {
            string sentence = $"지난달 ㈜{name}{Particle(name)} 신규 투자를 발표했다.";
            IReadOnlyList<CompanyMention> mentions = CompanyRecognizer.Default.FindAll(sentence);
            if (mentions.Count != 1 || mentions[0].Code != code || mentions[0].Text != "㈜" + name)
            {
                failures.Add($"{sentence} → {CompanySentenceTests.Format(mentions)}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void Every_unambiguous_listed_name_is_found_bare_in_a_sentence()
    {
        var failures = new List<string>();
        int checkedNames = 0;
        foreach ((string code, string name, _) in Listing.Value)
        {
            if (CompanyGazetteer.Default.IsAmbiguous(name) || CompanyNormalizer.Normalize(name)?.Code != code)
            {
                continue; // ambiguous names need evidence (tested separately); group-owned bare names resolve to the group
            }

            checkedNames++;
            string sentence = $"{name}{Particle(name)} 올해 실적 전망을 내놨다.";
            IReadOnlyList<CompanyMention> mentions = CompanyRecognizer.Default.FindAll(sentence);
            if (mentions.Count != 1 || mentions[0].Code != code || mentions[0].Offset != 0 || mentions[0].Length != name.Length)
            {
                failures.Add($"{sentence} → {CompanySentenceTests.Format(mentions)}");
            }
        }

        Assert.True(checkedNames > 2000, $"only {checkedNames} unambiguous names");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void Ambiguous_listed_names_are_not_found_bare_but_are_found_with_a_stock_cue()
    {
        var failures = new List<string>();
        int ambiguous = 0;
        foreach ((string code, string name, _) in Listing.Value)
        {
            if (!CompanyGazetteer.Default.IsAmbiguous(name))
            {
                continue;
            }

            ambiguous++;
            if (CompanyRecognizer.Default.FindAll($"{name}{Particle(name)} 올해도 화제다.").Count != 0)
            {
                failures.Add("bare: " + name);
            }

            IReadOnlyList<CompanyMention> cued = CompanyRecognizer.Default.FindAll($"{name} 주가가 올랐다.");
            if (cued.Count != 1 || cued[0].Code != code)
            {
                failures.Add($"cued: {name} → {CompanySentenceTests.Format(cued)}");
            }
        }

        Assert.True(ambiguous > 100, $"only {ambiguous} ambiguous listed names");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void Every_listed_company_of_the_gazetteer_is_found_with_a_stock_cue_including_foreign_listings()
    {
        var failures = new List<string>();
        int nasdaq = 0;
        foreach (Company c in CompanyGazetteer.Default.Companies)
        {
            if (!c.IsListed)
            {
                continue;
            }

            nasdaq += c.Market == "NASDAQ" ? 1 : 0;
            if (CompanyGazetteer.Default.TryGetByAlias(c.Name, out Company owner) && owner != c && owner.Kind != CompanyKind.Group)
            {
                continue; // two firms share one written name (뱅크퍼스트 BANF / 뱅크 퍼스트 BFC): the higher-priority one owns it
            }

            string sentence = $"{c.Name} 주가가 올랐다.";
            IReadOnlyList<CompanyMention> mentions = CompanyRecognizer.Default.FindAll(sentence);
            if (mentions.Count != 1 || mentions[0].Code != c.Code || mentions[0].Text != c.Name)
            {
                failures.Add($"{sentence} → {CompanySentenceTests.Format(mentions)}");
            }
        }

        Assert.True(nasdaq > 3000, $"only {nasdaq} NASDAQ companies");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void Registered_and_former_DART_names_of_listed_companies_resolve_to_their_code()
    {
        var listingNames = Listing.Value.ToDictionary(r => r.Name, r => r.Code, StringComparer.Ordinal);
        var codes = Listing.Value.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var failures = new List<string>();
        int checkedNames = 0;
        foreach (string line in File.ReadLines(Path.Combine(RepoRoot(), "data", "companies", "dart-corp-names.csv")).Skip(1))
        {
            // corp_code,name,"english, with commas",stock_code,modify_date: the name is the second field and has no comma
            string[] f = line.Split(',');
            string name = f[1].Trim();
            string code = f[^2];
            if (!codes.Contains(code) || (listingNames.TryGetValue(name, out string? other) && other != code))
            {
                continue; // delisted, or the name now belongs to another listed company
            }

            checkedNames++;
            Company? c = CompanyNormalizer.Normalize("(주)" + name);
            if (c?.Code != code)
            {
                failures.Add($"{name} → {c?.Name} {c?.Code} (want {code})");
            }
        }

        Assert.True(checkedNames > 2500, $"only {checkedNames} DART names");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(40)));
    }

    private static string RepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "data", "companies", "krx-listing.csv")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        Assert.NotNull(dir);
        return dir;
    }

    /// <summary>은/는 by the final consonant of the last Hangul syllable (는 after Latin letters and digits).</summary>
    internal static string Particle(string name)
    {
        char last = name[^1];
        return last is >= '가' and <= '힣' && (last - '가') % 28 != 0 ? "은" : "는";
    }

    private static List<(string Code, string Name, string Market)> ReadListing()
    {
        string dir = RepoRoot();
        var rows = new List<(string, string, string)>();
        foreach (string line in File.ReadLines(Path.Combine(dir, "data", "companies", "krx-listing.csv")).Skip(1))
        {
            // code,name,market,… (code and name never contain commas or quotes in this file)
            string[] f = line.Split(',', 4);
            if (f.Length >= 3)
            {
                rows.Add((f[0], f[1].Trim(), f[2]));
            }
        }

        return rows;
    }
}
