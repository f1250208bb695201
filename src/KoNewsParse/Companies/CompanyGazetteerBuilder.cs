using System.Globalization;
using System.Text;

namespace KoNewsParse.Companies;

/// <summary>
/// Builds a <see cref="CompanyGazetteer"/>: add companies and aliases, override entries of the default data, or load a CSV.
/// Not thread-safe; the gazetteer it builds is immutable and thread-safe.
/// </summary>
public sealed class CompanyGazetteerBuilder
{
    private readonly List<Company> _companies = [];
    private readonly List<int> _legal = [];
    private readonly Dictionary<string, int> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Text, int Company, bool NeedsEvidence, int SpaceMask)> _aliases = new(StringComparer.Ordinal);

    internal CompanyGazetteerBuilder()
    {
    }

    /// <summary>The number of companies added so far.</summary>
    public int Count => _companies.Count;

    /// <summary>
    /// Adds a company, or replaces the company with the same <see cref="Company.Code"/> (or, without a code, the same name and kind).
    /// Its name (unless it is a group) and every alias are matched; an alias already naming another company is moved to this one.
    /// </summary>
    /// <param name="company">The company.</param>
    /// <param name="aliases">Extra names; prefix one with '?' to require evidence for it (for names that are ordinary words).</param>
    /// <returns>This builder.</returns>
    public CompanyGazetteerBuilder Add(Company company, params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentException.ThrowIfNullOrWhiteSpace(company.Name);
        int index = Upsert(company);
        if (company.Kind != CompanyKind.Group)
        {
            AddAliasAt(company.Name, index, false);
        }

        foreach (string alias in aliases)
        {
            if (!string.IsNullOrWhiteSpace(alias))
            {
                bool evidence = alias.StartsWith('?');
                AddAliasAt(evidence ? alias[1..] : alias, index, evidence);
            }
        }

        return this;
    }

    /// <summary>Adds an alias for an existing company, found by code or canonical name.</summary>
    /// <param name="alias">The alias (e.g. a short name or a former name).</param>
    /// <param name="codeOrName">The company's code (005930) or canonical name (삼성전자).</param>
    /// <param name="requiresEvidence">Whether the alias is an ordinary word that needs evidence.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No company has that code or name.</exception>
    public CompanyGazetteerBuilder AddAlias(string alias, string codeOrName, bool requiresEvidence = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alias);
        ArgumentException.ThrowIfNullOrWhiteSpace(codeOrName);
        int index = Find(codeOrName);
        if (index < 0)
        {
            throw new ArgumentException($"No company with code or name '{codeOrName}'.", nameof(codeOrName));
        }

        AddAliasAt(alias, index, requiresEvidence);
        return this;
    }

    /// <summary>Stops matching an alias (the company itself stays).</summary>
    /// <param name="alias">The alias.</param>
    /// <returns>This builder.</returns>
    public CompanyGazetteerBuilder RemoveAlias(string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        _aliases.Remove(Fold(alias, out _));
        return this;
    }

    /// <summary>
    /// Loads companies from a CSV with a header row. Columns (by header name, any order): <c>name</c> (required), <c>code</c>,
    /// <c>market</c>, <c>group</c>, <c>english</c>, <c>kind</c> (listed, unlisted or group; default listed when a code is given),
    /// <c>aliases</c> (';'-separated, '?' prefix = needs evidence) and <c>ambiguous</c> (true when the name itself needs evidence).
    /// Rows replace companies with the same code.
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="FormatException">The header has no <c>name</c> column.</exception>
    public CompanyGazetteerBuilder LoadCsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string[]? header = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            List<string> fields = ParseCsvLine(line);
            if (header is null)
            {
                header = [.. fields.Select(f => f.Trim().ToLowerInvariant())];
                if (Array.IndexOf(header, "name") < 0)
                {
                    throw new FormatException("The company CSV needs a 'name' column.");
                }

                continue;
            }

            string Field(string column)
            {
                int i = Array.IndexOf(header, column);
                return i >= 0 && i < fields.Count ? fields[i].Trim() : string.Empty;
            }

            string name = Field("name");
            if (name.Length == 0)
            {
                continue;
            }

            string code = Field("code");
            CompanyKind kind = Field("kind").ToLowerInvariant() switch
            {
                "group" => CompanyKind.Group,
                "unlisted" => CompanyKind.Unlisted,
                "listed" => CompanyKind.Listed,
                _ => code.Length > 0 ? CompanyKind.Listed : CompanyKind.Unlisted,
            };
            var company = new Company
            {
                Name = name,
                Code = NullIfEmpty(code),
                Market = NullIfEmpty(Field("market")),
                Group = NullIfEmpty(Field("group")),
                EnglishName = NullIfEmpty(Field("english")),
                Kind = kind,
            };
            var aliases = Field("aliases").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            bool ambiguous = Field("ambiguous").ToLowerInvariant() is "true" or "1" or "yes";
            Add(company, [.. aliases]);
            if (ambiguous && kind != CompanyKind.Group)
            {
                AddAliasAt(name, Find(code.Length > 0 ? code : name), true);
            }
        }

        return this;
    }

    /// <summary>Loads companies from a CSV file (see <see cref="LoadCsv(TextReader)"/>).</summary>
    /// <param name="path">The file path.</param>
    /// <returns>This builder.</returns>
    public CompanyGazetteerBuilder LoadCsv(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return LoadCsv(reader);
    }

    /// <summary>Compiles the gazetteer.</summary>
    /// <returns>An immutable gazetteer.</returns>
    public CompanyGazetteer Build()
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var chars = new List<char>(_companies.Count * 16);
        var starts = new List<int>(_companies.Count * 4) { 0 };
        int Id(string? s)
        {
            if (s is null)
            {
                return -1;
            }

            if (!ids.TryGetValue(s, out int id))
            {
                id = starts.Count - 1;
                ids.Add(s, id);
                chars.AddRange(s);
                starts.Add(chars.Count);
            }

            return id;
        }

        int[] companyData = new int[_companies.Count * 7];
        for (int i = 0; i < _companies.Count; i++)
        {
            Company c = _companies[i];
            int o = i * 7;
            companyData[o] = Id(c.Name);
            companyData[o + 1] = Id(c.EnglishName);
            companyData[o + 2] = Id(c.Code);
            companyData[o + 3] = Id(c.Market);
            companyData[o + 4] = Id(c.Group);
            companyData[o + 5] = (int)c.Kind;
            companyData[o + 6] = _legal[i];
        }

        int n = _aliases.Count;
        int[] aliasCompany = new int[n];
        int[] aliasText = new int[n];
        byte[] aliasFlags = new byte[n];
        var keys = new List<(string Key, int Value, int SpaceMask)>(n);
        int a = 0;
        foreach (KeyValuePair<string, (string Text, int Company, bool NeedsEvidence, int SpaceMask)> kv in _aliases)
        {
            aliasCompany[a] = kv.Value.Company;
            aliasText[a] = Id(kv.Value.Text);
            aliasFlags[a] = kv.Value.NeedsEvidence ? (byte)1 : (byte)0;
            keys.Add((kv.Key, a, kv.Value.SpaceMask));
            a++;
        }

        return new CompanyGazetteer([.. chars], [.. starts], companyData, aliasCompany, aliasText, aliasFlags, new CompanyTrie(keys));
    }

    /// <summary>Reads the compiled TSV written by tools/companies/build-gazetteer.cs.</summary>
    internal static CompanyGazetteerBuilder FromCompiledTsv(TextReader reader)
    {
        var builder = new CompanyGazetteerBuilder();
        var pendingAliases = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length < 8)
            {
                continue;
            }

            CompanyKind kind = f[5] switch { "G" => CompanyKind.Group, "U" => CompanyKind.Unlisted, _ => CompanyKind.Listed };
            var company = new Company
            {
                Name = f[0],
                EnglishName = NullIfEmpty(f[1]),
                Code = NullIfEmpty(f[2]),
                Market = NullIfEmpty(f[3]),
                Group = NullIfEmpty(f[4]),
                Kind = kind,
            };
            int legal = f[6].Length > 0 ? int.Parse(f[6], NumberStyles.None, CultureInfo.InvariantCulture) : -1;
            builder.AddRaw(company, legal);
            pendingAliases.Add(f[7]);
        }

        for (int i = 0; i < pendingAliases.Count; i++)
        {
            foreach (string raw in pendingAliases[i].Split('|'))
            {
                ReadOnlySpan<char> a = raw;
                bool evidence = a.StartsWith("?");
                if (evidence)
                {
                    a = a[1..];
                }

                if (a.StartsWith("!") || a.IsEmpty)
                {
                    continue; // display-only name: another company owns the key
                }

                builder.AddAliasAt(a.ToString(), i, evidence);
            }
        }

        return builder;
    }

    internal void AddRaw(Company company, int legal)
    {
        int index = _companies.Count;
        _companies.Add(company);
        _legal.Add(legal);
        if (company.Code is { } code)
        {
            _byCode.TryAdd(code, index);
        }

        _byName.TryAdd(company.Name, index);
    }

    private int Upsert(Company company)
    {
        int index = -1;
        if (company.Code is { } code && _byCode.TryGetValue(code, out int byCode))
        {
            index = byCode;
        }
        else if (company.Code is null && _byName.TryGetValue(company.Name, out int byName) && _companies[byName].Kind == company.Kind)
        {
            index = byName;
        }

        if (index < 0)
        {
            AddRaw(company, -1);
            return _companies.Count - 1;
        }

        _companies[index] = company;
        _byName[company.Name] = index;
        return index;
    }

    private int Find(string codeOrName)
    {
        string s = codeOrName.Trim();
        if (_byCode.TryGetValue(s, out int i))
        {
            return i;
        }

        return _byName.TryGetValue(s, out i) ? i : -1;
    }

    internal void AddAliasAt(string alias, int company, bool needsEvidence)
    {
        string key = Fold(alias, out int spaceMask);
        if (key.Length == 0)
        {
            return;
        }

        if (_aliases.TryGetValue(key, out var existing) && existing.Company == company)
        {
            // The same name written with and without spaces (메타 플랫폼스 / 메타플랫폼스): keep every allowed space and
            // the spaced spelling for display; the evidence flag of the latest call wins.
            string text = spaceMask != 0 ? alias.Trim() : existing.Text;
            _aliases[key] = (text, company, needsEvidence, spaceMask | existing.SpaceMask);
            return;
        }

        _aliases[key] = (alias.Trim(), company, needsEvidence, spaceMask);
    }

    /// <summary>Folds an alias to its trie key (NFKC, Latin lower case, full-width to ASCII, spaces removed) and records where spaces were.</summary>
    internal static string Fold(string alias, out int spaceMask)
    {
        string s = alias;
        if (NeedsNormalization(alias))
        {
            try
            {
                s = alias.Normalize(NormalizationForm.FormKC);
            }
            catch (Exception e) when (e is ArgumentException or PlatformNotSupportedException)
            {
                // invalid UTF-16 (lone surrogates) or no normalization data: fold as is
            }
        }

        var sb = new StringBuilder(s.Length);
        spaceMask = 0;
        foreach (char raw in s)
        {
            char c = CompanyText.Fold(raw);
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length is > 0 and < 32)
                {
                    spaceMask |= 1 << sb.Length;
                }

                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool NeedsNormalization(string s)
    {
        foreach (char c in s)
        {
            if (c >= 0x80 && !CompanyText.IsHangul(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static List<string> ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        return fields;
    }
}
