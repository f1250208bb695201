using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace KoNewsParse.Duplicates;

/// <summary>
/// A streaming, mergeable index of paragraphs across a corpus that finds, for each paragraph, the earliest paragraph it
/// duplicates exactly or nearly, and documents that rewrite earlier documents.
/// </summary>
/// <remarks>
/// <para>
/// <b>Order.</b> "Earliest" is a total order on <c>(documentId, paragraphIndex)</c>: document ids are compared with
/// <see cref="string.CompareOrdinal(string, string)"/>, then paragraph indexes numerically. It never depends on arrival
/// order, so answers are the same whatever the order or the threads in which documents were added. To make "earliest" mean
/// "published first", use sortable ids such as <c>2021-11-25T14:35:00Z/press-123</c> or zero-padded sequence numbers.
/// </para>
/// <para>
/// <b>Streaming.</b> <see cref="Add"/> returns the duplicates among what is indexed at that moment; the answer is final when
/// every document ordered before it has already been added (e.g. ids are arrival sequence numbers). With any other arrival
/// order, ask <see cref="Query"/> or <see cref="GetDuplicates"/> after all adds: those answers depend only on the set of
/// documents.
/// </para>
/// <para>
/// <b>Near duplicates.</b> Paragraph <c>p</c> nearly duplicates an earlier <c>q</c> when at least
/// <see cref="DuplicateIndexOptions.Threshold"/> of <c>p</c>'s distinct character 5-gram shingles (of the canonical text,
/// see <see cref="ParagraphFingerprint"/>) occur in <c>q</c>. Candidates are proposed by LSH banding over a MinHash sketch
/// and every candidate is verified on the exact shingle sets, so sketch false positives never reach the caller.
/// </para>
/// <para>
/// <b>Distributed use.</b> Build one index per partition, <see cref="Serialize"/> them, <see cref="Deserialize"/> and
/// <see cref="Merge(DuplicateIndex, DuplicateIndex)"/> them (merge is associative and commutative; merging equals indexing the
/// union), then query each partition's documents against the merged index with <see cref="Query"/>.
/// </para>
/// <para>Thread-safe: any number of threads may add and query concurrently.</para>
/// </remarks>
public sealed class DuplicateIndex
{
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "KNDI"u8.ToArray();

    private readonly object _gate = new();
    private readonly uint[] _seeds;
    private readonly int _sketchLength;

    // Documents (slot = arrival position; never used for ordering).
    private readonly List<string> _ids = [];
    private readonly List<int> _counts = [];
    private readonly List<ulong> _contentHashes = [];
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);

    // Exact table: canonical hash → packed (slot, index) of the earliest occurrence.
    private readonly OpenAddressingMap<ulong> _exact;
    private long _paragraphs;

    // Near-duplicate structures (only when enabled). Texts and sketches are stored once per distinct canonical text; a
    // distinct text's position in the order is its earliest occurrence, read from the exact table.
    private readonly List<ulong[]> _docHashes = [];
    private readonly List<uint[]?> _docSketches = [];
    private readonly List<string> _distinctTexts = [];
    private readonly List<ulong> _distinctHashes = [];

    // Per distinct text, one 64-byte filter record (FilterWords words at did * FilterWords) so that a candidate costs one
    // cache line: word 0 holds its shingle-position count in the low 32 bits (-1 when too short for near matching; a dense
    // bucket's copy keeps the distinct id in the high 32 bits); words 1-7 are its shingle bitmap (ShingleVerifier).
    private const int FilterWords = 1 + ShingleVerifier.BitmapWords;
    private ulong[] _filters = [];
    private readonly OpenAddressingMap<ulong> _distinctIds;

    // LSH buckets: band key (the band number is mixed into the key) → distinct ids, and from DenseBucketSize members on a
    // copy of their filter records (read sequentially: no cache miss per member); document band key → document slots.
    private readonly LshBuckets _bands;
    private readonly LshBuckets _docBands = new();

    // Query scratch, used only under the lock: a per-query stamp per distinct id (deduplicates candidates across bands
    // without a hash set), the candidate list and the exact verifier.
    private int[] _seen = [];
    private int _queryStamp;
    private ulong _touch;
    private uint[] _prefetchHeads = [];
    private readonly List<(int Slot, int Index, int Distinct)> _candidates = [];
    private readonly ShingleVerifier _verifier = new();
    private long _textChars;
    private long _verifications;
    private long _examined;
    internal long BlocksRejected => _blocksRejected;
    private long _blocksRejected;
    private int _filing = -1;
    private string _filingText = "";
    private int _loadedStamp;

    /// <summary>Creates an empty index with <see cref="DuplicateIndexOptions.Default"/>.</summary>
    public DuplicateIndex()
        : this(DuplicateIndexOptions.Default)
    {
    }

    /// <summary>Creates an empty index.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public DuplicateIndex(DuplicateIndexOptions options)
        : this(options, 0)
    {
    }

    /// <summary>
    /// Creates an empty index sized in advance for about <paramref name="expectedParagraphs"/> paragraphs, so that its hash
    /// tables are allocated once instead of being rehashed as they grow (a batch that knows its corpus size saves that work;
    /// the answers are the same whatever the hint). An overestimate costs memory: about 19 bytes per expected paragraph
    /// for the exact table and, with near duplicates on, about 270 more (the band, text and filter tables).
    /// </summary>
    /// <param name="options">The options.</param>
    /// <param name="expectedParagraphs">The expected number of paragraphs (0: no hint; at most 100 million).</param>
    /// <exception cref="ArgumentOutOfRangeException">An option or the hint is out of range.</exception>
    public DuplicateIndex(DuplicateIndexOptions options, int expectedParagraphs)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        ArgumentOutOfRangeException.ThrowIfNegative(expectedParagraphs);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(expectedParagraphs, MaxExpectedParagraphs);
        Options = options;
        _seeds = MinHashSeeds.Get(options.Bands * options.RowsPerBand);
        _sketchLength = _seeds.Length;
        int near = options.DetectNearDuplicates ? expectedParagraphs : 0;
        _exact = new OpenAddressingMap<ulong>(Math.Max(16, expectedParagraphs));
        _distinctIds = new OpenAddressingMap<ulong>(Math.Max(16, near));
        _bands = new LshBuckets(FilterWords, options.DenseBucketSize, ShingleVerifier.WideWords, OrWideBitmap,
            (int)Math.Min(Array.MaxLength / 4, Math.Max(16L, (long)near * options.Bands)));
        if (near > 0)
        {
            _filters = new ulong[near * FilterWords]; // at most 800 million words (MaxExpectedParagraphs × 8)
            _seen = new int[near];
            _distinctTexts.Capacity = near;
            _distinctHashes.Capacity = near;
        }
    }

    /// <summary>The largest paragraph-count hint the sizing constructor accepts.</summary>
    public const int MaxExpectedParagraphs = 100_000_000;

    /// <summary>The options.</summary>
    public DuplicateIndexOptions Options { get; }

    /// <summary>The number of documents.</summary>
    public int DocumentCount
    {
        get
        {
            lock (_gate)
            {
                return _ids.Count;
            }
        }
    }

    /// <summary>The ids of all documents, in the index's total order (ordinal).</summary>
    /// <returns>The sorted ids.</returns>
    public IReadOnlyList<string> GetDocumentIds()
    {
        string[] ids;
        lock (_gate)
        {
            ids = [.. _ids];
        }

        Array.Sort(ids, StringComparer.Ordinal);
        return ids;
    }

    /// <summary>Whether a document with this id was added.</summary>
    /// <param name="documentId">The id.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        lock (_gate)
        {
            return _slots.ContainsKey(documentId);
        }
    }

    /// <summary>
    /// Adds a document and returns, for each of its paragraphs, the earliest indexed paragraph (in this or an earlier
    /// document) that it duplicates, or <see langword="null"/>.
    /// </summary>
    /// <param name="documentId">The document id (unique; see the remarks for the ordering it defines).</param>
    /// <param name="paragraphs">The paragraphs in order.</param>
    /// <returns>One entry per paragraph.</returns>
    /// <exception cref="ArgumentException">A document with this id was already added.</exception>
    public IReadOnlyList<ParagraphDuplicate?> Add(string documentId, IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(paragraphs);
        Prepared prepared = Prepare(documentId, CanonicalizeAll(paragraphs));
        lock (_gate)
        {
            if (_slots.ContainsKey(documentId))
            {
                throw new ArgumentException($"A document with id '{documentId}' was already added.", nameof(documentId));
            }

            // The paragraphs' band entries are filed during the query (one probe per band key instead of two); answers are
            // the same, since a paragraph's query only ever reports texts positioned before it.
            Warm(prepared);
            int[]? added = Insert(prepared, linkBands: false);
            return QueryLocked(prepared, added);
        }
    }

    /// <summary>
    /// For each paragraph of a document (indexed or not), the earliest indexed paragraph before it in the index's order that
    /// it duplicates. Does not change the index. The answer depends only on the set of indexed documents.
    /// </summary>
    /// <param name="documentId">The document id that positions the paragraphs in the order.</param>
    /// <param name="paragraphs">The paragraphs in order.</param>
    /// <returns>One entry per paragraph.</returns>
    public IReadOnlyList<ParagraphDuplicate?> Query(string documentId, IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(paragraphs);
        Prepared prepared = Prepare(documentId, CanonicalizeAll(paragraphs));
        lock (_gate)
        {
            Warm(prepared);
            return QueryLocked(prepared, null);
        }
    }

    /// <summary>The duplicates of an indexed document's stored paragraphs (requires near-duplicate detection, which stores them).</summary>
    /// <param name="documentId">The document id.</param>
    /// <returns>One entry per paragraph, or <see langword="null"/> when the document is not indexed.</returns>
    /// <exception cref="InvalidOperationException">Near-duplicate detection is off (use <see cref="Query"/>).</exception>
    public IReadOnlyList<ParagraphDuplicate?>? GetDuplicates(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        RequireNear();
        string[] texts;
        lock (_gate)
        {
            if (!_slots.TryGetValue(documentId, out int slot))
            {
                return null;
            }

            texts = StoredTexts(slot);
        }

        Prepared prepared = Prepare(documentId, texts);
        lock (_gate)
        {
            return QueryLocked(prepared, null);
        }
    }

    /// <summary>
    /// The earliest indexed document that <paramref name="documentId"/> rewrites: at least
    /// <see cref="DuplicateIndexOptions.DocumentThreshold"/> of its shingles occur in that document.
    /// </summary>
    /// <param name="documentId">An indexed document id.</param>
    /// <returns>The duplicate, or <see langword="null"/> when none (or the id is not indexed).</returns>
    /// <exception cref="InvalidOperationException">Near-duplicate detection is off.</exception>
    public DocumentDuplicate? FindNearDuplicateDocument(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        RequireNear();
        lock (_gate)
        {
            return _slots.TryGetValue(documentId, out int slot) ? FindDocumentLocked(slot) : null;
        }
    }

    /// <summary>Every indexed document that rewrites an earlier one, in the index's order.</summary>
    /// <returns>The near-duplicate documents with the earliest document each duplicates.</returns>
    /// <exception cref="InvalidOperationException">Near-duplicate detection is off.</exception>
    public IReadOnlyList<DocumentDuplicate> FindNearDuplicateDocuments()
    {
        RequireNear();
        var result = new List<DocumentDuplicate>();
        foreach (string id in GetDocumentIds())
        {
            if (FindNearDuplicateDocument(id) is { } d)
            {
                result.Add(d);
            }
        }

        return result;
    }

    /// <summary>Sizes of the index.</summary>
    /// <returns>The statistics.</returns>
    public DuplicateIndexStatistics GetStatistics()
    {
        lock (_gate)
        {
            long docBytes = 0;
            foreach (string id in _ids)
            {
                // string (object header + length + chars), list slots (id 8, count 4, hash 8), dictionary entry (~28).
                docBytes += 22 + (2L * id.Length) + 20 + 28;
            }

            long near = 0;
            if (Options.DetectNearDuplicates)
            {
                // Per paragraph: its hash in the document's array. Per distinct text: the string and its list slot, its
                // hash, the 64-byte filter record, the id map and its band entries. Per document: the hash array and
                // document sketch and bands.
                near = (_paragraphs * 8L) + (_textChars * 2) + (_distinctTexts.Count * (22L + 8L + 8L + (8L * FilterWords)))
                    + _distinctIds.AllocatedBytes + _bands.AllocatedBytes
                    + (_docHashes.Count * 24L) + _docBands.AllocatedBytes
                    + (_docSketches.Count * (24L + (4L * _sketchLength)));
            }

            return new DuplicateIndexStatistics(_ids.Count, _paragraphs, _exact.Count, _exact.AllocatedBytes, docBytes, near)
            {
                DistinctTexts = _distinctTexts.Count,
                Verifications = Interlocked.Read(ref _verifications),
                CandidatesExamined = Interlocked.Read(ref _examined),
            };
        }
    }

    /// <summary>Merges two indexes into a new one that equals an index built over the union of their documents.</summary>
    /// <param name="first">One index.</param>
    /// <param name="second">The other index (same options).</param>
    /// <returns>The merged index.</returns>
    /// <exception cref="ArgumentException">The options differ, or one id holds different content in the two indexes.</exception>
    public static DuplicateIndex Merge(DuplicateIndex first, DuplicateIndex second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Merge([first, second]);
    }

    /// <summary>Merges any number of indexes (all with the same options) into a new one.</summary>
    /// <param name="indexes">The indexes.</param>
    /// <returns>The merged index.</returns>
    /// <exception cref="ArgumentException">The list is empty, the options differ, or one id holds different content.</exception>
    public static DuplicateIndex Merge(IReadOnlyList<DuplicateIndex> indexes)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        if (indexes.Count == 0)
        {
            throw new ArgumentException("At least one index is needed.", nameof(indexes));
        }

        var result = new DuplicateIndex(indexes[0].Options);
        foreach (DuplicateIndex index in indexes)
        {
            ArgumentNullException.ThrowIfNull(index, nameof(indexes));
            if (index.Options != result.Options)
            {
                throw new ArgumentException("Indexes with different options cannot be merged.", nameof(indexes));
            }

            result.Import(index.TakeSnapshot());
        }

        return result;
    }

    /// <summary>
    /// Serializes the index to bytes. The bytes depend only on the options and the set of documents (documents are written in
    /// id order, the exact table in key order), so equal indexes serialize identically.
    /// </summary>
    /// <returns>The bytes.</returns>
    public byte[] Serialize()
    {
        Snapshot snapshot = TakeSnapshot();
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            DuplicateIndexOptions o = Options;
            w.Write(o.DetectNearDuplicates);
            w.Write(o.Threshold);
            w.Write(o.DocumentThreshold);
            w.Write(o.Bands);
            w.Write(o.RowsPerBand);
            w.Write(o.MinNearDuplicateLength);

            int[] order = SortedSlots(snapshot.Ids);
            var rank = new int[order.Length];
            for (int r = 0; r < order.Length; r++)
            {
                rank[order[r]] = r;
            }

            w.Write(order.Length);
            foreach (int slot in order)
            {
                w.Write(snapshot.Ids[slot]);
                w.Write(snapshot.Counts[slot]);
                w.Write(snapshot.ContentHashes[slot]);
                if (snapshot.Texts is not null)
                {
                    foreach (string text in snapshot.Texts[slot])
                    {
                        w.Write(text);
                    }
                }
            }

            KeyValuePair<ulong, ulong>[] entries = snapshot.Exact;
            Array.Sort(entries, static (a, b) => a.Key.CompareTo(b.Key));
            w.Write(entries.Length);
            foreach (KeyValuePair<ulong, ulong> e in entries)
            {
                (int slot, int index) = Unpack(e.Value);
                w.Write(e.Key);
                w.Write(rank[slot]);
                w.Write(index);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Reads an index written by <see cref="Serialize"/>.</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>The index.</returns>
    /// <exception cref="InvalidDataException">The bytes are not a valid serialized index.</exception>
    public static DuplicateIndex Deserialize(ReadOnlySpan<byte> data)
    {
        try
        {
            using var stream = new MemoryStream(data.ToArray(), writable: false);
            using var r = new BinaryReader(stream, Encoding.UTF8);
            if (!r.ReadBytes(4).AsSpan().SequenceEqual(Magic) || r.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException("Not a serialized KoNewsParse duplicate index (bad header or version).");
            }

            var options = new DuplicateIndexOptions
            {
                DetectNearDuplicates = r.ReadBoolean(),
                Threshold = r.ReadDouble(),
                DocumentThreshold = r.ReadDouble(),
                Bands = r.ReadInt32(),
                RowsPerBand = r.ReadInt32(),
                MinNearDuplicateLength = r.ReadInt32(),
            };
            var index = new DuplicateIndex(options);
            int docCount = r.ReadInt32();
            CheckCount(docCount, stream);
            var ids = new string[docCount];
            var counts = new int[docCount];
            var hashes = new ulong[docCount];
            string[][]? texts = options.DetectNearDuplicates ? new string[docCount][] : null;
            for (int d = 0; d < docCount; d++)
            {
                ids[d] = r.ReadString();
                counts[d] = r.ReadInt32();
                CheckCount(counts[d], stream);
                hashes[d] = r.ReadUInt64();
                if (texts is not null)
                {
                    texts[d] = new string[counts[d]];
                    for (int i = 0; i < counts[d]; i++)
                    {
                        texts[d][i] = r.ReadString();
                    }
                }
            }

            int entryCount = r.ReadInt32();
            CheckCount(entryCount, stream);
            var exact = new KeyValuePair<ulong, ulong>[entryCount];
            for (int e = 0; e < entryCount; e++)
            {
                ulong key = r.ReadUInt64();
                int rank = r.ReadInt32();
                int paragraph = r.ReadInt32();
                if (key == 0 || (uint)rank >= (uint)docCount || paragraph < 0)
                {
                    throw new InvalidDataException("Corrupt exact-table entry.");
                }

                exact[e] = new(key, Pack(rank, paragraph));
            }

            index.Import(new Snapshot(ids, counts, hashes, texts, exact));
            return index;
        }
        catch (Exception ex) when (ex is EndOfStreamException or ArgumentException or FormatException or DecoderFallbackException)
        {
            throw new InvalidDataException("Corrupt serialized duplicate index.", ex);
        }
    }

    private static void CheckCount(int count, MemoryStream stream)
    {
        if (count < 0 || count > stream.Length)
        {
            throw new InvalidDataException("Corrupt count in serialized duplicate index.");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------------

    private sealed class Prepared
    {
        public required string Id { get; init; }

        public required ParagraphFingerprint[] Fingerprints { get; init; }

        public ulong[]?[]? BandKeys { get; init; }

        public ulong[]? DocBandKeys { get; init; }

        public uint[]? DocSketch { get; init; }

        public ulong ContentHash { get; init; }
    }

    private sealed record Snapshot(string[] Ids, int[] Counts, ulong[] ContentHashes, string[][]? Texts, KeyValuePair<ulong, ulong>[] Exact);

    private static string[] CanonicalizeAll(IReadOnlyList<string> paragraphs)
    {
        var result = new string[paragraphs.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = ParagraphFingerprint.Canonicalize((paragraphs[i] ?? string.Empty).AsSpan());
        }

        return result;
    }

    private Prepared Prepare(string id, string[] canonical)
    {
        var fps = new ParagraphFingerprint[canonical.Length];
        var hashes = new ulong[canonical.Length + 1];
        for (int i = 0; i < fps.Length; i++)
        {
            fps[i] = ParagraphFingerprint.FromCanonical(canonical[i]);
            hashes[i] = fps[i].Hash;
        }

        hashes[^1] = (ulong)canonical.Length;
        ulong content = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(hashes.AsSpan()));
        if (!Options.DetectNearDuplicates)
        {
            return new Prepared { Id = id, Fingerprints = fps, ContentHash = content };
        }

        // Band keys per paragraph long enough for near matching (null otherwise); the document's sketch is the element-wise
        // minimum of its paragraphs' sketches. One sketch buffer serves every paragraph.
        var bandKeys = new ulong[]?[fps.Length];
        uint[]? docSketch = null;
        uint[]? sketch = null;
        for (int i = 0; i < fps.Length; i++)
        {
            if (fps[i].ShingleCount <= 0)
            {
                continue;
            }

            sketch ??= new uint[_sketchLength];
            ParagraphFingerprint.MinHash(fps[i].Text, _seeds, sketch);
            if (docSketch is null)
            {
                docSketch = (uint[])sketch.Clone();
            }
            else
            {
                for (int k = 0; k < sketch.Length; k++)
                {
                    docSketch[k] = Math.Min(docSketch[k], sketch[k]);
                }
            }

            if (fps[i].Text.Length >= Options.MinNearDuplicateLength)
            {
                bandKeys[i] = BandKeys(sketch, 0);
            }
        }

        return new Prepared
        {
            Id = id,
            Fingerprints = fps,
            ContentHash = content,
            BandKeys = bandKeys,
            DocSketch = docSketch,
            DocBandKeys = docSketch is null ? null : BandKeys(docSketch, 0x5A5A5A5A5A5A5A5AUL),
        };
    }

    private ulong[] BandKeys(ReadOnlySpan<uint> sketch, ulong salt)
    {
        int bands = Options.Bands, rows = Options.RowsPerBand;
        var keys = new ulong[bands];
        for (int b = 0; b < bands; b++)
        {
            ulong acc = ParagraphFingerprint.Mix64(salt ^ ((ulong)(b + 1) * 0x9E3779B97F4A7C15UL));
            for (int r = 0; r < rows; r++)
            {
                acc = ParagraphFingerprint.Mix64(acc ^ sketch[(b * rows) + r]);
            }

            keys[b] = acc == 0 ? 1 : acc;
        }

        return keys;
    }

    private static ulong Pack(int slot, int index) => ((ulong)(uint)slot << 32) | (uint)index;

    private static (int Slot, int Index) Unpack(ulong value) => ((int)(value >> 32), (int)(uint)value);

    private static int Compare(string docA, int indexA, string docB, int indexB)
    {
        int c = string.CompareOrdinal(docA, docB);
        return c != 0 ? c : indexA.CompareTo(indexB);
    }

    private void RequireNear()
    {
        if (!Options.DetectNearDuplicates)
        {
            throw new InvalidOperationException("This index was built without near-duplicate detection (DuplicateIndexOptions.DetectNearDuplicates).");
        }
    }

    private string[] StoredTexts(int slot)
    {
        ulong[] hashes = _docHashes[slot];
        var texts = new string[hashes.Length];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = hashes[i] != 0 && _distinctIds.TryGetValue(hashes[i], out ulong did) ? _distinctTexts[(int)did] : string.Empty;
        }

        return texts;
    }

    /// <summary>
    /// Adds a prepared document. With near duplicates, returns per paragraph the distinct id it added (or -1); when
    /// <paramref name="linkBands"/> is false their band entries are left for <see cref="QueryLocked"/> to file.
    /// </summary>
    private int[]? Insert(Prepared prepared, bool linkBands)
    {
        int slot = _ids.Count;
        _ids.Add(prepared.Id);
        _counts.Add(prepared.Fingerprints.Length);
        _contentHashes.Add(prepared.ContentHash);
        _slots.Add(prepared.Id, slot);
        _paragraphs += prepared.Fingerprints.Length;

        ParagraphFingerprint[] fps = prepared.Fingerprints;
        for (int i = 0; i < fps.Length; i++)
        {
            if (!fps[i].IsEmpty)
            {
                InsertExact(fps[i].Hash, slot, i);
            }
        }

        if (!Options.DetectNearDuplicates)
        {
            return null;
        }

        int bands = Options.Bands;
        var hashes = new ulong[fps.Length];
        var added = new int[fps.Length];
        added.AsSpan().Fill(-1);
        for (int i = 0; i < fps.Length; i++)
        {
            hashes[i] = fps[i].Hash;
            if (fps[i].IsEmpty || !_distinctIds.GetOrAdd(fps[i].Hash, (ulong)_distinctTexts.Count, out _))
            {
                continue; // empty, or this text is already stored (its earliest occurrence is in the exact table)
            }

            int did = _distinctTexts.Count;
            added[i] = did;
            _distinctTexts.Add(fps[i].Text);
            _distinctHashes.Add(fps[i].Hash);
            if (_filters.Length < (did + 1) * FilterWords)
            {
                Array.Resize(ref _filters, Math.Max((did + 1) * FilterWords, _filters.Length * 2));
            }

            Span<ulong> filter = _filters.AsSpan(did * FilterWords, FilterWords);
            filter[0] = (uint)(prepared.BandKeys![i] is null ? -1 : fps[i].ShingleCount);
            ShingleVerifier.FillBitmap(fps[i].Text, filter[1..]);
            _textChars += fps[i].Text.Length;
            if (linkBands && prepared.BandKeys[i] is { } keys)
            {
                for (int b = 0; b < bands; b++)
                {
                    _bands.Add(keys[b], did, _filters);
                }
            }
        }

        if (_seen.Length < _distinctTexts.Count)
        {
            Array.Resize(ref _seen, Math.Max(_distinctTexts.Count, _seen.Length * 2));
        }

        _docHashes.Add(hashes);
        _docSketches.Add(prepared.DocSketch);
        if (prepared.DocBandKeys is { } docKeys)
        {
            for (int b = 0; b < bands; b++)
            {
                _docBands.Add(docKeys[b], slot);
            }
        }
        return added;
    }

    private void InsertExact(ulong hash, int slot, int index)
    {
        ulong packed = Pack(slot, index);
        ref ulong value = ref _exact.GetValueRefOrAddDefault(hash, out bool exists);
        if (!exists)
        {
            value = packed;
            return;
        }

        (int s, int i) = Unpack(value);
        if (Compare(_ids[slot], index, _ids[s], i) < 0)
        {
            value = packed;
        }
    }

    /// <summary>
    /// Prefetches (<see cref="CacheHint"/>), ahead of the document's lookups, the first slot each will read in the exact and
    /// distinct-text maps: in a corpus larger than the cache these are cache misses, and requested together here they
    /// overlap instead of waiting on each other behind the lookups' branches (a prefetch, unlike a load, does not hold up
    /// the instructions after it while its line is on the way). The band-key slots, twenty per paragraph, are requested
    /// by the query's pipeline instead (<see cref="QueryLocked"/>): all of a document's at once would be more requests
    /// than the core can have in flight.
    /// </summary>
    private void Warm(Prepared prepared)
    {
        foreach (ParagraphFingerprint fp in prepared.Fingerprints)
        {
            if (!fp.IsEmpty)
            {
                _exact.Prefetch(fp.Hash);
                _distinctIds.Prefetch(fp.Hash);
            }
        }
    }

    private ParagraphDuplicate?[] QueryLocked(Prepared prepared, int[]? added)
    {
        ParagraphFingerprint[] fps = prepared.Fingerprints;
        var result = new ParagraphDuplicate?[fps.Length];
        ulong[]?[]? keys = prepared.BandKeys;
        if (keys is not null)
        {
            // A software pipeline over the document's paragraphs (CacheHint): while paragraph i is queried, the band-key
            // slots of paragraph i + 3, the bucket contents of paragraph i + 2 (their slots requested one step earlier)
            // and the records listed in the buckets of paragraph i + 1 are on their way, so that in an index larger than
            // the cache the query's dependent DRAM reads overlap with work instead of following one another, at a steady
            // twenty-odd requests per step. Hints only: no answer depends on them.
            PrefetchSlots(keys, 0);
            PrefetchSlots(keys, 1);
            PrefetchSlots(keys, 2);
            PrefetchBuckets(keys, 0);
            PrefetchBuckets(keys, 1);
            PrefetchRecords(keys, 0);
        }

        for (int i = 0; i < fps.Length; i++)
        {
            if (keys is not null)
            {
                PrefetchRecords(keys, i + 1);
                PrefetchBuckets(keys, i + 2);
                PrefetchSlots(keys, i + 3);
            }

            result[i] = QueryParagraph(prepared.Id, i, fps[i], keys?[i], added?[i] ?? -1);
        }

        return result;
    }

    /// <summary>Prefetches the key-map slots of paragraph <paramref name="p"/>'s band keys.</summary>
    private void PrefetchSlots(ulong[]?[] keys, int p)
    {
        foreach (ulong key in BandKeysOf(keys, p))
        {
            _bands.PrefetchHead(key);
        }
    }

    /// <summary>Prefetches the bucket contents of paragraph <paramref name="p"/>'s band keys and keeps their heads.</summary>
    private void PrefetchBuckets(ulong[]?[] keys, int p)
    {
        ReadOnlySpan<ulong> bandKeys = BandKeysOf(keys, p);
        Span<uint> heads = PrefetchHeads(p, bandKeys.Length);
        for (int b = 0; b < bandKeys.Length; b++)
        {
            heads[b] = _bands.PrefetchContents(bandKeys[b], _filters);
        }
    }

    /// <summary>Prefetches the filter records listed in the buckets of paragraph <paramref name="p"/> (heads kept by <see cref="PrefetchBuckets"/>).</summary>
    private void PrefetchRecords(ulong[]?[] keys, int p)
    {
        foreach (uint head in PrefetchHeads(p, BandKeysOf(keys, p).Length))
        {
            _bands.PrefetchListRecords(head, _filters, 16);
        }
    }

    /// <summary>Paragraph <paramref name="p"/>'s band keys: empty past the document's end or for a paragraph too short for near matching.</summary>
    private static ReadOnlySpan<ulong> BandKeysOf(ulong[]?[] keys, int p) => p < keys.Length ? keys[p] : default;

    /// <summary>The ring of bucket heads for the prefetch pipeline: three paragraphs' worth, paragraph p at p mod 3.</summary>
    private Span<uint> PrefetchHeads(int p, int bands)
    {
        if (_prefetchHeads.Length < 3 * bands)
        {
            _prefetchHeads = new uint[3 * bands];
        }

        return _prefetchHeads.AsSpan(p % 3 * bands, bands);
    }

    /// <summary>
    /// The earliest paragraph before <c>(id, index)</c> that <paramref name="fp"/> duplicates. When <paramref name="file"/>
    /// is a distinct id (not -1), it is filed under the band keys as they are read.
    /// </summary>
    private ParagraphDuplicate? QueryParagraph(string id, int index, ParagraphFingerprint fp, ulong[]? bandKeys, int file)
    {
        if (fp.IsEmpty)
        {
            return null;
        }

        int bestSlot = -1, bestIndex = -1;
        if (_exact.TryGetValue(fp.Hash, out ulong packed))
        {
            (int s, int j) = Unpack(packed);
            if (Compare(_ids[s], j, id, index) < 0)
            {
                bestSlot = s;
                bestIndex = j;
            }
        }

        if (!Options.DetectNearDuplicates || bandKeys is null)
        {
            return bestSlot >= 0 ? new ParagraphDuplicate(_ids[bestSlot], bestIndex, 1.0, true) : null;
        }

        // Candidates: distinct texts sharing a band, positioned at their earliest occurrence, earlier than the paragraph
        // and than the best answer so far. Bucket entries are read as contiguous runs (see Consider for the filters, which
        // can only reject texts the exact check would reject too, so they change no answer).
        List<(int Slot, int Index, int Distinct)> candidates = _candidates;
        candidates.Clear();
        var query = new CandidateQuery(id, index, fp, NextQueryStamp(), bestSlot, bestIndex);
        // The text is filed into dense buckets as they are read: their block unions take its wide bitmap from the verifier.
        _filing = file;
        _filingText = fp.Text;

        int single = 0;
        for (int b = 0; b < bandKeys.Length; b++)
        {
            LshBuckets.Bucket bucket = file < 0 ? _bands.Get(bandKeys[b], ref single) : _bands.GetThenAdd(bandKeys[b], file, _filters, ref single);
            ReadOnlySpan<int> ids = bucket.Ids;
            for (int e = 0; e < ids.Length; e++)
            {
                if ((e & 15) == 0)
                {
                    // Touch the next 16 filter records before any data-dependent branch, so their cache misses overlap
                    // instead of being serialized by mispredicted branches.
                    _touch ^= Touch(_filters, ids.Slice(e, Math.Min(16, ids.Length - e)));
                }

                int did = ids[e];
                Consider(ref query, did, _filters.AsSpan(did * FilterWords, FilterWords));
            }

            // A dense bucket: the members' filter records, in a row, by blocks; a block whose union bound is below what is
            // needed holds no member that could pass the per-member bounds (each member's shingles are in the union).
            ReadOnlySpan<ulong> records = bucket.Records;
            ReadOnlySpan<ulong> unions = bucket.Unions;
            const int BlockWords = LshBuckets.BlockSize * FilterWords;
            for (int start = 0, block = 0; start < records.Length; start += BlockWords, block++)
            {
                if (!unions.IsEmpty)
                {
                    Load(ref query);
                    if (_verifier.WideUpperBound(unions.Slice(block * ShingleVerifier.WideWords, ShingleVerifier.WideWords)) < query.Needed)
                    {
                        _blocksRejected++;
                        continue;
                    }
                }

                for (int r = start; r < Math.Min(records.Length, start + BlockWords); r += FilterWords)
                {
                    ReadOnlySpan<ulong> record = records.Slice(r, FilterWords);
                    Consider(ref query, (int)(record[0] >> 32), record);
                }
            }
        }

        _filing = -1;
        _filingText = "";

        int needed = query.Needed, myShingles = query.Shingles;

        // Verify in (documentId, index) order and stop at the first that passes. Almost always the first verified passes,
        // so picking the earliest remaining candidate each time (linear) is cheaper than sorting them all.
        while (candidates.Count > 0)
        {
            int earliest = 0;
            for (int k = 1; k < candidates.Count; k++)
            {
                (int ks, int ki, _) = candidates[k];
                (int es, int ei, _) = candidates[earliest];
                if (Compare(_ids[ks], ki, _ids[es], ei) < 0)
                {
                    earliest = k;
                }
            }

            (int qs, int qi, int did) = candidates[earliest];
            Interlocked.Increment(ref _verifications);
            int common = _verifier.CountCommon(_distinctTexts[did], needed);
            if (common >= needed)
            {
                return new ParagraphDuplicate(_ids[qs], qi, (double)common / myShingles, false);
            }

            candidates[earliest] = candidates[^1];
            candidates.RemoveAt(candidates.Count - 1);
        }

        return bestSlot >= 0 ? new ParagraphDuplicate(_ids[bestSlot], bestIndex, 1.0, true) : null;
    }

    /// <summary>The state of one paragraph's candidate walk.</summary>
    private struct CandidateQuery(string id, int index, ParagraphFingerprint fp, int stamp, int bestSlot, int bestIndex)
    {
        public readonly string Id = id;
        public readonly int Index = index;
        public readonly ParagraphFingerprint Fingerprint = fp;
        public readonly int Stamp = stamp;
        public readonly int BestSlot = bestSlot;
        public readonly int BestIndex = bestIndex;
        public bool Loaded;
        public int Shingles;
        public int Needed;
    }

    /// <summary>
    /// Examines one band-sharing text (once per band it shares): the size bound (containment of p in q is at most
    /// |q| / |p|) and the shingle-bitmap bound (<see cref="ShingleVerifier.UpperBound(ReadOnlySpan{ulong}, int)"/>), both
    /// rejecting only what the exact check would reject; then, once per query (a per-text stamp), its position in the
    /// order. Survivors become candidates for exact verification.
    /// </summary>
    private void Consider(ref CandidateQuery query, int did, ReadOnlySpan<ulong> record)
    {
        _examined++;
        Load(ref query);

        // The bounds first: they read only the record (which the caller has at hand), and reject nearly everything; a
        // text sharing several bands is bounded again (cheaper than a random read of a per-text stamp), then deduplicated.
        if ((int)(uint)record[0] < query.Needed || _verifier.UpperBound(record[1..], query.Needed) < query.Needed
            || _seen[did] == query.Stamp)
        {
            return;
        }

        _seen[did] = query.Stamp;

        ulong qHash = _distinctHashes[did];
        if (qHash == query.Fingerprint.Hash || !_exact.TryGetValue(qHash, out ulong first))
        {
            return;
        }

        (int qs, int qi) = Unpack(first);
        if (Compare(_ids[qs], qi, query.Id, query.Index) >= 0
            || (query.BestSlot >= 0 && Compare(_ids[qs], qi, _ids[query.BestSlot], query.BestIndex) >= 0))
        {
            return;
        }

        _candidates.Add((qs, qi, did));
    }

    /// <summary>Loads the query's text into the verifier (once per query).</summary>
    private void Load(ref CandidateQuery query)
    {
        if (!query.Loaded)
        {
            LoadVerifier(query.Fingerprint.Text);
            query.Shingles = _verifier.Count;
            query.Needed = NeededCount(Options.Threshold, query.Shingles);
            query.Loaded = true;
        }
    }

    /// <summary>
    /// Loads the current query's text (<paramref name="text"/>) into the verifier unless this query already did: the
    /// candidate walk and the filing into dense buckets both need it, whichever comes first.
    /// </summary>
    private void LoadVerifier(string text)
    {
        if (_loadedStamp != _queryStamp)
        {
            _verifier.Reset(text);
            _loadedStamp = _queryStamp;
        }
    }

    /// <summary>
    /// ORs a distinct text's wide shingle bitmap into a dense bucket's block union: the verifier's when the text is the one
    /// being filed (loaded for its query), else computed from the stored text.
    /// </summary>
    private void OrWideBitmap(int did, Span<ulong> union)
    {
        if (did == _filing)
        {
            LoadVerifier(_filingText);
            ReadOnlySpan<ulong> wide = _verifier.WideBitmap;
            for (int w = 0; w < wide.Length; w++)
            {
                union[w] |= wide[w];
            }
        }
        else
        {
            ShingleVerifier.OrWideBitmap(_distinctTexts[did], union);
        }
    }

    private static ulong Touch(ulong[] filters, ReadOnlySpan<int> dids)
    {
        ulong x = 0;
        foreach (int did in dids)
        {
            x += filters[did * FilterWords];
        }

        return x;
    }

    private int NextQueryStamp()
    {
        if (++_queryStamp == int.MaxValue)
        {
            Array.Clear(_seen);
            _queryStamp = 1;
            _loadedStamp = 0;
        }

        return _queryStamp;
    }

    internal static int NeededCount(double threshold, int total) => Math.Max(1, (int)Math.Ceiling((threshold * total) - 1e-9));

    private DocumentDuplicate? FindDocumentLocked(int slot)
    {
        if (_docSketches[slot] is not { } sketch)
        {
            return null;
        }

        string id = _ids[slot];
        ulong[] keys = BandKeys(sketch, 0x5A5A5A5A5A5A5A5AUL);
        int bands = Options.Bands;
        var candidates = new List<int>();
        int single = 0;
        for (int b = 0; b < bands; b++)
        {
            foreach (int other in _docBands.Get(keys[b], ref single).Ids)
            {
                if (string.CompareOrdinal(_ids[other], id) < 0)
                {
                    candidates.Add(other);
                }
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        candidates.Sort((x, y) => string.CompareOrdinal(_ids[x], _ids[y]));
        UInt128[] mine = DocumentShingles(slot);
        int needed = NeededCount(Options.DocumentThreshold, mine.Length);
        int previous = -1;
        foreach (int other in candidates)
        {
            if (other == previous)
            {
                continue;
            }

            previous = other;
            int common = ParagraphFingerprint.IntersectionCount(mine, DocumentShingles(other), needed);
            if (common >= needed)
            {
                return new DocumentDuplicate(id, _ids[other], (double)common / mine.Length);
            }
        }

        return null;
    }

    private UInt128[] DocumentShingles(int slot)
    {
        var all = new List<UInt128>();
        foreach (string text in StoredTexts(slot))
        {
            all.AddRange(ParagraphFingerprint.Shingles(text));
        }

        all.Sort();
        int w = 0;
        for (int i = 0; i < all.Count; i++)
        {
            if (w == 0 || all[i] != all[w - 1])
            {
                all[w++] = all[i];
            }
        }

        return [.. all.GetRange(0, w)];
    }

    private Snapshot TakeSnapshot()
    {
        lock (_gate)
        {
            string[][]? texts = null;
            if (Options.DetectNearDuplicates)
            {
                texts = new string[_ids.Count][];
                for (int s = 0; s < texts.Length; s++)
                {
                    texts[s] = StoredTexts(s);
                }
            }

            return new Snapshot([.. _ids], [.. _counts], [.. _contentHashes], texts, [.. _exact.Entries()]);
        }
    }

    private static int[] SortedSlots(string[] ids)
    {
        var order = new int[ids.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => string.CompareOrdinal(ids[a], ids[b]));
        return order;
    }

    /// <summary>Adds the documents and exact entries of a snapshot (slots in its exact entries refer to its own arrays).</summary>
    private void Import(Snapshot source)
    {
        bool near = Options.DetectNearDuplicates;
        var prepared = new Prepared?[source.Ids.Length];
        if (near)
        {
            Parallel.For(0, source.Ids.Length, d => prepared[d] = Prepare(source.Ids[d], source.Texts![d]));
        }

        lock (_gate)
        {
            var map = new int[source.Ids.Length];
            for (int d = 0; d < source.Ids.Length; d++)
            {
                string id = source.Ids[d];
                if (_slots.TryGetValue(id, out int existing))
                {
                    if (_contentHashes[existing] != source.ContentHashes[d] || _counts[existing] != source.Counts[d])
                    {
                        throw new ArgumentException($"Document '{id}' has different content in the merged indexes.");
                    }

                    map[d] = existing;
                    continue;
                }

                map[d] = _ids.Count;
                if (near)
                {
                    Insert(prepared[d]!, linkBands: true);
                }
                else
                {
                    _slots.Add(id, _ids.Count);
                    _ids.Add(id);
                    _counts.Add(source.Counts[d]);
                    _contentHashes.Add(source.ContentHashes[d]);
                    _paragraphs += source.Counts[d];
                }
            }

            foreach (KeyValuePair<ulong, ulong> e in source.Exact)
            {
                (int s, int i) = Unpack(e.Value);
                if (i >= _counts[map[s]])
                {
                    throw new InvalidDataException("Exact-table entry beyond its document's paragraphs.");
                }

                InsertExact(e.Key, map[s], i);
            }
        }
    }
}
