using System.Collections.Frozen;
using System.Text;

namespace KoNewsParse.Companies;

/// <summary>
/// An immutable, thread-safe set of companies and the aliases that name them, compiled into a trie for fast matching.
/// <see cref="Default"/> holds the embedded data (KRX listing as of 2026-03-22, DART names, NASDAQ Korean names, curated groups,
/// short names, global firms and former names); use <see cref="CreateBuilder"/> or <see cref="ToBuilder"/> to add or override entries.
/// </summary>
public sealed class CompanyGazetteer
{
    private const string ResourceName = "KoNewsParse.Companies.companies.tsv";

    private static readonly Lazy<CompanyGazetteer> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Company[] _companies;
    private readonly int[] _legal; // per company: the listed company a legal form or stock cue selects, or -1
    private readonly AliasEntry[] _aliases;
    private readonly FrozenDictionary<string, int> _byCode;

    internal CompanyGazetteer(Company[] companies, int[] legal, AliasEntry[] aliases)
    {
        _companies = companies;
        _legal = legal;
        _aliases = aliases;
        var keys = new List<(string Key, int Value, int SpaceMask)>(aliases.Length);
        for (int i = 0; i < aliases.Length; i++)
        {
            keys.Add((aliases[i].Key, i, aliases[i].SpaceMask));
        }

        Trie = new CompanyTrie(keys);
        var byCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < companies.Length; i++)
        {
            if (companies[i].Code is { } code)
            {
                byCode.TryAdd(code, i);
            }
        }

        _byCode = byCode.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The gazetteer built from the embedded data; loaded once, on first use.</summary>
    public static CompanyGazetteer Default => DefaultInstance.Value;

    /// <summary>A gazetteer with no companies.</summary>
    public static CompanyGazetteer Empty { get; } = new([], [], []);

    /// <summary>Every company in the gazetteer.</summary>
    public IReadOnlyList<Company> Companies => _companies;

    /// <summary>The number of alias keys (distinct normalized names that are matched).</summary>
    public int AliasCount => _aliases.Length;

    /// <summary>Approximate memory held by the compiled trie in bytes (excluding the company records and alias strings).</summary>
    public long TrieBytes => Trie.ApproximateBytes;

    internal CompanyTrie Trie { get; }

    /// <summary>Creates an empty builder.</summary>
    /// <returns>A new builder.</returns>
    public static CompanyGazetteerBuilder CreateBuilder() => new();

    /// <summary>Creates a builder that starts with every company and alias of this gazetteer.</summary>
    /// <returns>A new builder.</returns>
    public CompanyGazetteerBuilder ToBuilder()
    {
        var builder = new CompanyGazetteerBuilder();
        builder.AddAll(_companies, _legal, _aliases);
        return builder;
    }

    /// <summary>Finds a company by its exchange code (case-insensitive).</summary>
    /// <param name="code">A KRX code such as 005930 or a ticker such as AAPL.</param>
    /// <returns>The company, or <see langword="null"/>.</returns>
    public Company? FindByCode(string? code) =>
        code is not null && _byCode.TryGetValue(code.Trim(), out int i) ? _companies[i] : null;

    /// <summary>Looks up a whole alias exactly (after folding case, full-width forms and spaces); no legal forms or particles are stripped.</summary>
    /// <param name="alias">The alias, e.g. 현대자동차 or Samsung Electronics.</param>
    /// <param name="company">The company it names.</param>
    /// <returns><see langword="true"/> when the alias is known.</returns>
    public bool TryGetByAlias(ReadOnlySpan<char> alias, out Company company)
    {
        int a = Trie.Lookup(alias);
        company = a >= 0 ? _companies[_aliases[a].Company] : null!;
        return a >= 0;
    }

    /// <summary>The aliases that name <paramref name="company"/> (as written in the data).</summary>
    /// <param name="company">A company of this gazetteer.</param>
    /// <returns>The aliases, possibly empty.</returns>
    public IReadOnlyList<string> GetAliases(Company company)
    {
        int index = Array.IndexOf(_companies, company);
        if (index < 0)
        {
            return [];
        }

        var list = new List<string>();
        foreach (AliasEntry a in _aliases)
        {
            if (a.Company == index)
            {
                list.Add(a.Text);
            }
        }

        return list;
    }

    internal Company CompanyAt(int index) => _companies[index];

    internal ref readonly AliasEntry AliasAt(int index) => ref _aliases[index];

    /// <summary>The listed company a legal form or stock cue selects for the company at <paramref name="index"/> (itself when none).</summary>
    internal int LegalOf(int index) => _legal[index] >= 0 ? _legal[index] : index;

    private static CompanyGazetteer LoadDefault()
    {
        using Stream? stream = typeof(CompanyGazetteer).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return Empty;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return CompanyGazetteerBuilder.FromCompiledTsv(reader).Build();
    }
}

/// <summary>One matched alias: its folded key, the company it names and whether it needs evidence.</summary>
internal readonly record struct AliasEntry(string Key, string Text, int Company, bool NeedsEvidence, int SpaceMask);
