using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KoNewsParse.Companies;

/// <summary>
/// An immutable, thread-safe set of companies and the aliases that name them, compiled into a trie for fast matching.
/// <see cref="Default"/> holds the embedded data (KRX listing as of 2026-03-22, DART names, NASDAQ Korean names, curated groups,
/// short names, global firms and former names); use <see cref="CreateBuilder"/> or <see cref="ToBuilder"/> to add or override entries,
/// and <see cref="Save"/>/<see cref="Load"/> to keep a compiled gazetteer in a compact binary form.
/// </summary>
public sealed class CompanyGazetteer
{
    private const string ResourceName = "KoNewsParse.Companies.companies.bin";
    private const int Magic = 0x47504E4B; // "KNPG"
    private const int FormatVersion = 1;
    private const int Stride = 7; // per company: name, english, code, market, group (string ids, -1 = none), kind, legal

    private static readonly Lazy<CompanyGazetteer> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly char[] _chars; // every string, back to back
    private readonly int[] _stringStart; // string i is _chars[_stringStart[i].._stringStart[i + 1]]
    private readonly int[] _companyData;
    private readonly int[] _aliasCompany;
    private readonly int[] _aliasText;
    private readonly byte[] _aliasFlags; // bit 0: needs evidence
    private readonly Company?[] _cache; // companies are materialized on first use (benign race: equal immutable values)
    private Dictionary<string, int>? _byCode;
    private CompanyListView? _list;

    internal CompanyGazetteer(char[] chars, int[] stringStart, int[] companyData, int[] aliasCompany, int[] aliasText, byte[] aliasFlags, CompanyTrie trie)
    {
        _chars = chars;
        _stringStart = stringStart;
        _companyData = companyData;
        _aliasCompany = aliasCompany;
        _aliasText = aliasText;
        _aliasFlags = aliasFlags;
        _cache = new Company?[companyData.Length / Stride];
        Trie = trie;
    }

    /// <summary>The gazetteer built from the embedded data; loaded once, on first use.</summary>
    public static CompanyGazetteer Default => DefaultInstance.Value;

    /// <summary>A gazetteer with no companies.</summary>
    public static CompanyGazetteer Empty { get; } = new CompanyGazetteerBuilder().Build();

    /// <summary>Every company in the gazetteer.</summary>
    public IReadOnlyList<Company> Companies => _list ??= new CompanyListView(this);

    /// <summary>The number of companies.</summary>
    public int Count => _cache.Length;

    /// <summary>The number of alias keys (distinct normalized names that are matched).</summary>
    public int AliasCount => _aliasCompany.Length;

    /// <summary>Approximate memory of the compiled gazetteer's arrays in bytes (trie, string table, company and alias tables).</summary>
    public long ApproximateBytes =>
        Trie.ApproximateBytes + (_chars.Length * 2L) + (_stringStart.Length * 4L) + (_companyData.Length * 4L) +
        (_aliasCompany.Length * 4L) + (_aliasText.Length * 4L) + _aliasFlags.Length + (_cache.Length * 8L);

    internal CompanyTrie Trie { get; }

    /// <summary>Creates an empty builder.</summary>
    /// <returns>A new builder.</returns>
    public static CompanyGazetteerBuilder CreateBuilder() => new();

    /// <summary>Loads a gazetteer written by <see cref="Save"/>.</summary>
    /// <param name="stream">The stream, read to its end.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="InvalidDataException">The stream does not hold a compiled gazetteer of this version.</exception>
    public static CompanyGazetteer Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = new StreamArrayReader(stream);
        if (reader.ReadInt() != Magic || reader.ReadInt() != FormatVersion)
        {
            throw new InvalidDataException("Not a compiled KoNewsParse company gazetteer (or a different format version).");
        }

        char[] chars = reader.ReadArray<char>();
        int[] stringStart = reader.ReadArray<int>();
        int[] companyData = reader.ReadArray<int>();
        int[] aliasCompany = reader.ReadArray<int>();
        int[] aliasText = reader.ReadArray<int>();
        byte[] aliasFlags = reader.ReadArray<byte>();
        var trie = new CompanyTrie(reader.ReadArray<int>(), reader.ReadArray<char>(), reader.ReadArray<int>(), reader.ReadArray<int>(), reader.ReadArray<byte>());
        if (companyData.Length % Stride != 0 || aliasCompany.Length != aliasText.Length || aliasFlags.Length != aliasCompany.Length ||
            stringStart.Length == 0 || stringStart[^1] != chars.Length)
        {
            throw new InvalidDataException("The compiled company gazetteer is inconsistent.");
        }

        return new CompanyGazetteer(chars, stringStart, companyData, aliasCompany, aliasText, aliasFlags, trie);
    }

    /// <summary>Writes the compiled gazetteer in a compact binary form that <see cref="Load"/> reads back without rebuilding.</summary>
    /// <param name="stream">The destination.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        WriteInt(stream, Magic);
        WriteInt(stream, FormatVersion);
        WriteArray(stream, _chars);
        WriteArray(stream, _stringStart);
        WriteArray(stream, _companyData);
        WriteArray(stream, _aliasCompany);
        WriteArray(stream, _aliasText);
        WriteArray(stream, _aliasFlags);
        Trie.Write((a) => WriteArray(stream, a), (a) => WriteArray(stream, a), (a) => WriteArray(stream, a));
    }

    /// <summary>Creates a builder that starts with every company and alias of this gazetteer.</summary>
    /// <returns>A new builder.</returns>
    public CompanyGazetteerBuilder ToBuilder()
    {
        var builder = new CompanyGazetteerBuilder();
        for (int i = 0; i < Count; i++)
        {
            builder.AddRaw(CompanyAt(i), _companyData[(i * Stride) + 6]);
        }

        for (int a = 0; a < _aliasCompany.Length; a++)
        {
            builder.AddAliasAt(GetString(_aliasText[a])!, _aliasCompany[a], AliasNeedsEvidence(a));
        }

        return builder;
    }

    /// <summary>Finds a company by its exchange code (case-insensitive).</summary>
    /// <param name="code">A KRX code such as 005930 or a ticker such as AAPL.</param>
    /// <returns>The company, or <see langword="null"/>.</returns>
    public Company? FindByCode(string? code)
    {
        if (code is null)
        {
            return null;
        }

        Dictionary<string, int> byCode = LazyInitializer.EnsureInitialized(ref _byCode, () =>
        {
            var d = new Dictionary<string, int>(Count, StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < Count; i++)
            {
                if (GetString(_companyData[(i * Stride) + 2]) is { } c)
                {
                    d.TryAdd(c, i);
                }
            }

            return d;
        });
        return byCode.TryGetValue(code.Trim(), out int index) ? CompanyAt(index) : null;
    }

    /// <summary>Looks up a whole alias exactly (after folding case, full-width forms and spaces); no legal forms or particles are stripped.</summary>
    /// <param name="alias">The alias, e.g. 현대자동차 or Samsung Electronics.</param>
    /// <param name="company">The company it names.</param>
    /// <returns><see langword="true"/> when the alias is known.</returns>
    public bool TryGetByAlias(ReadOnlySpan<char> alias, out Company company)
    {
        int a = Trie.Lookup(alias);
        company = a >= 0 ? CompanyAt(_aliasCompany[a]) : null!;
        return a >= 0;
    }

    /// <summary>Whether a whole alias needs evidence (is an ordinary word or a very short name) when found in running text.</summary>
    /// <param name="alias">The alias.</param>
    /// <returns><see langword="true"/> for a known ambiguous alias; <see langword="false"/> otherwise.</returns>
    public bool IsAmbiguous(ReadOnlySpan<char> alias)
    {
        int a = Trie.Lookup(alias);
        return a >= 0 && AliasNeedsEvidence(a);
    }

    /// <summary>The aliases that name <paramref name="company"/> (as written in the data).</summary>
    /// <param name="company">A company of this gazetteer.</param>
    /// <returns>The aliases, possibly empty.</returns>
    public IReadOnlyList<string> GetAliases(Company company)
    {
        ArgumentNullException.ThrowIfNull(company);
        var list = new List<string>();
        for (int a = 0; a < _aliasCompany.Length; a++)
        {
            if (CompanyAt(_aliasCompany[a]) == company)
            {
                list.Add(GetString(_aliasText[a])!);
            }
        }

        return list;
    }

    internal int AliasCompany(int alias) => _aliasCompany[alias];

    internal bool AliasNeedsEvidence(int alias) => (_aliasFlags[alias] & 1) != 0;

    /// <summary>The listed company a legal form or stock cue selects for the company at <paramref name="index"/> (itself when none).</summary>
    internal int LegalOf(int index) => _companyData[(index * Stride) + 6] is var l && l >= 0 ? l : index;

    internal Company CompanyAt(int index)
    {
        Company? c = Volatile.Read(ref _cache[index]);
        if (c is not null)
        {
            return c;
        }

        int o = index * Stride;
        c = new Company
        {
            Name = GetString(_companyData[o])!,
            EnglishName = GetString(_companyData[o + 1]),
            Code = GetString(_companyData[o + 2]),
            Market = GetString(_companyData[o + 3]),
            Group = GetString(_companyData[o + 4]),
            Kind = (CompanyKind)_companyData[o + 5],
        };
        return Interlocked.CompareExchange(ref _cache[index], c, null) ?? c;
    }

    private string? GetString(int id) => id < 0 ? null : new string(_chars, _stringStart[id], _stringStart[id + 1] - _stringStart[id]);

    private static CompanyGazetteer LoadDefault()
    {
        using Stream? stream = typeof(CompanyGazetteer).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? Empty : Load(stream);
    }

    private static void WriteInt(Stream stream, int value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, value);
        stream.Write(b);
    }

    private static void WriteArray<T>(Stream stream, T[] array)
        where T : unmanaged
    {
        WriteInt(stream, array.Length);
        ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(array.AsSpan());
        if (BitConverter.IsLittleEndian || typeof(T) == typeof(byte))
        {
            stream.Write(bytes);
            return;
        }

        byte[] copy = bytes.ToArray();
        StreamArrayReader.SwapToLittleEndian<T>(copy);
        stream.Write(copy);
    }

    /// <summary>Reads length-prefixed little-endian arrays straight from a stream into their final arrays (no intermediate buffer).</summary>
    private readonly struct StreamArrayReader(Stream stream)
    {
        private const int MaxLength = 1 << 28;

        public int ReadInt()
        {
            Span<byte> b = stackalloc byte[4];
            Fill(b);
            return BinaryPrimitives.ReadInt32LittleEndian(b);
        }

        public T[] ReadArray<T>()
            where T : unmanaged
        {
            int length = ReadInt();
            if (length is < 0 or > MaxLength)
            {
                throw new InvalidDataException("The compiled company gazetteer is corrupt.");
            }

            var array = new T[length];
            Span<byte> bytes = MemoryMarshal.AsBytes(array.AsSpan());
            Fill(bytes);
            if (!BitConverter.IsLittleEndian && Unsafe.SizeOf<T>() > 1)
            {
                SwapToLittleEndian<T>(bytes);
            }

            return array;
        }

        public static void SwapToLittleEndian<T>(Span<byte> bytes)
            where T : unmanaged
        {
            int size = Unsafe.SizeOf<T>();
            for (int i = 0; i + size <= bytes.Length; i += size)
            {
                bytes.Slice(i, size).Reverse();
            }
        }

        private void Fill(Span<byte> buffer)
        {
            try
            {
                stream.ReadExactly(buffer);
            }
            catch (EndOfStreamException e)
            {
                throw new InvalidDataException("The compiled company gazetteer is truncated.", e);
            }
        }
    }

    /// <summary>A read-only list over the companies (materialized on access).</summary>
    private sealed class CompanyListView(CompanyGazetteer owner) : IReadOnlyList<Company>
    {
        public int Count => owner.Count;

        public Company this[int index] => (uint)index < (uint)owner.Count ? owner.CompanyAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<Company> GetEnumerator()
        {
            for (int i = 0; i < owner.Count; i++)
            {
                yield return owner.CompanyAt(i);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
