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
    private readonly UInt64Map _exact = new();
    private long _paragraphs;

    // Near-duplicate structures (only when enabled). Texts and sketches are stored once per distinct canonical text; a
    // distinct text's position in the order is its earliest occurrence, read from the exact table.
    private readonly List<ulong[]> _docHashes = [];
    private readonly List<uint[]?> _docSketches = [];
    private readonly List<Distinct> _distinct = [];

    // Per distinct text, stored flat so the candidate filter reads one cache line instead of chasing objects: its shingle
    // count and 4 bits of each sketch value (_bitsWords words per text; see SketchBits).
    private readonly List<int> _distinctShingles = [];
    private readonly List<ulong> _distinctBits = [];
    private readonly int _bitsWords;
    private readonly UInt64Map _distinctIds = new();
    private readonly UInt64Map _bandHeads = new();
    private readonly List<int> _bandNext = [];
    private readonly UInt64Map _docBandHeads = new();
    private readonly List<int> _docBandNext = [];
    private long _textChars;
    private long _verifications;

    /// <summary>Creates an empty index with <see cref="DuplicateIndexOptions.Default"/>.</summary>
    public DuplicateIndex()
        : this(DuplicateIndexOptions.Default)
    {
    }

    /// <summary>Creates an empty index.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public DuplicateIndex(DuplicateIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _seeds = MinHashSeeds.Get(options.Bands * options.RowsPerBand);
        _sketchLength = _seeds.Length;
        _bitsWords = (_sketchLength + 15) / 16;
    }

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

            Insert(prepared);
            return QueryLocked(prepared);
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
            return QueryLocked(prepared);
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
            return QueryLocked(prepared);
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
                // Per paragraph: its hash in the document's array. Per distinct text: the string, the record with its
                // sketch, the id map and its band entries. Per document: the hash array and document sketch and bands.
                near = (_paragraphs * 8L) + (_textChars * 2) + (_distinct.Count * (22L + 40L + 24L + (4L * _sketchLength) + 4L + (8L * _bitsWords)))
                    + _distinctIds.AllocatedBytes + _bandHeads.AllocatedBytes + (_bandNext.Count * 4L)
                    + (_docHashes.Count * 24L) + _docBandHeads.AllocatedBytes + (_docBandNext.Count * 4L)
                    + (_docSketches.Count * (24L + (4L * _sketchLength)));
            }

            return new DuplicateIndexStatistics(_ids.Count, _paragraphs, _exact.Count, _exact.AllocatedBytes, docBytes, near)
            {
                DistinctTexts = _distinct.Count,
                Verifications = Interlocked.Read(ref _verifications),
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

    /// <summary>A distinct canonical text; <paramref name="Shingles"/> is an upper bound of its distinct shingle count (its shingle positions).</summary>
    private sealed record Distinct(string Text, ulong Hash, int Shingles, uint[] Sketch);

    private sealed class Prepared
    {
        public required string Id { get; init; }

        public required ParagraphFingerprint[] Fingerprints { get; init; }

        public ulong[]?[]? BandKeys { get; init; }

        public uint[]?[]? Sketches { get; init; }

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

        var bandKeys = new ulong[]?[fps.Length];
        var sketches = new uint[]?[fps.Length];
        uint[]? docSketch = null;
        for (int i = 0; i < fps.Length; i++)
        {
            if (fps[i].ShingleCount <= 0)
            {
                continue;
            }

            var sketch = new uint[_sketchLength];
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
                sketches[i] = sketch;
            }
        }

        return new Prepared
        {
            Id = id,
            Fingerprints = fps,
            ContentHash = content,
            BandKeys = bandKeys,
            Sketches = sketches,
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
            texts[i] = hashes[i] != 0 && _distinctIds.TryGetValue(hashes[i], out ulong did) ? _distinct[(int)did].Text : string.Empty;
        }

        return texts;
    }

    private void Insert(Prepared prepared)
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
            return;
        }

        int bands = Options.Bands;
        var hashes = new ulong[fps.Length];
        for (int i = 0; i < fps.Length; i++)
        {
            hashes[i] = fps[i].Hash;
            if (fps[i].IsEmpty || !_distinctIds.GetOrAdd(fps[i].Hash, (ulong)_distinct.Count, out _))
            {
                continue; // empty, or this text is already stored (its earliest occurrence is in the exact table)
            }

            int did = _distinct.Count;
            uint[] sketch = prepared.Sketches![i] ?? [];
            _distinct.Add(new Distinct(fps[i].Text, fps[i].Hash, fps[i].ShingleCount, sketch));
            _distinctShingles.Add(sketch.Length == _sketchLength ? fps[i].ShingleCount : -1);
            AppendSketchBits(sketch, _distinctBits);
            _textChars += fps[i].Text.Length;
            for (int b = 0; b < bands; b++)
            {
                _bandNext.Add(0);
            }

            if (prepared.BandKeys![i] is { } keys)
            {
                for (int b = 0; b < bands; b++)
                {
                    Link(_bandHeads, _bandNext, keys[b], (did * bands) + b);
                }
            }
        }

        _docHashes.Add(hashes);
        _docSketches.Add(prepared.DocSketch);
        for (int b = 0; b < bands; b++)
        {
            _docBandNext.Add(0);
        }

        if (prepared.DocBandKeys is { } docKeys)
        {
            for (int b = 0; b < bands; b++)
            {
                Link(_docBandHeads, _docBandNext, docKeys[b], (slot * bands) + b);
            }
        }
    }

    private static void Link(UInt64Map heads, List<int> next, ulong key, int entry)
    {
        ref ulong head = ref heads.GetValueRefOrAddDefault(key, out bool exists);
        if (exists)
        {
            next[entry] = (int)head;
        }

        head = (ulong)(entry + 1);
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

    private ParagraphDuplicate?[] QueryLocked(Prepared prepared)
    {
        ParagraphFingerprint[] fps = prepared.Fingerprints;
        var result = new ParagraphDuplicate?[fps.Length];
        for (int i = 0; i < fps.Length; i++)
        {
            result[i] = QueryParagraph(prepared.Id, i, fps[i], prepared.BandKeys?[i], prepared.Sketches?[i]);
        }

        return result;
    }

    private ParagraphDuplicate? QueryParagraph(string id, int index, ParagraphFingerprint fp, ulong[]? bandKeys, uint[]? sketch)
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

        if (!Options.DetectNearDuplicates || bandKeys is null || sketch is null)
        {
            return bestSlot >= 0 ? new ParagraphDuplicate(_ids[bestSlot], bestIndex, 1.0, true) : null;
        }

        // Candidates: distinct texts sharing a band, positioned at their earliest occurrence, earlier than the paragraph
        // and than the best answer so far, and not ruled out by the sketch (see SketchAllows).
        List<(int Slot, int Index, int Distinct)>? candidates = null;
        HashSet<int>? seen = null;
        int bands = Options.Bands;
        ShingleVerifier? verifier = null;
        ulong[]? mineBits = null;
        int needed = 0;
        for (int b = 0; b < bands; b++)
        {
            if (!_bandHeads.TryGetValue(bandKeys[b], out ulong head))
            {
                continue;
            }

            for (int e = (int)head - 1; e >= 0; e = _bandNext[e] - 1)
            {
                int did = e / bands;
                if (!(seen ??= []).Add(did))
                {
                    continue;
                }

                // Cheap, exact-safe filters first (flat arrays, no object access): the size bound, then an upper bound of
                // the sketch agreement that rejects only what SketchAllows would reject, so answers are unchanged.
                if (verifier is null)
                {
                    verifier = new ShingleVerifier(fp.Text);
                    mineBits = SketchBits(sketch);
                    needed = NeededCount(Options.Threshold, verifier.Count);
                }

                if (!BitsAllow(did, mineBits!, verifier.Count, needed))
                {
                    continue;
                }

                Distinct q = _distinct[did];
                if (q.Hash == fp.Hash || !SketchAllows(sketch, q, verifier.Count) || !_exact.TryGetValue(q.Hash, out ulong first))
                {
                    continue;
                }

                (int qs, int qi) = Unpack(first);
                if (Compare(_ids[qs], qi, id, index) >= 0
                    || (bestSlot >= 0 && Compare(_ids[qs], qi, _ids[bestSlot], bestIndex) >= 0))
                {
                    continue;
                }

                (candidates ??= []).Add((qs, qi, did));
            }
        }

        if (candidates is null)
        {
            return bestSlot >= 0 ? new ParagraphDuplicate(_ids[bestSlot], bestIndex, 1.0, true) : null;
        }

        candidates.Sort((x, y) => Compare(_ids[x.Slot], x.Index, _ids[y.Slot], y.Index));
        foreach ((int qs, int qi, int did) in candidates)
        {
            Distinct q = _distinct[did];
            if (q.Shingles < needed)
            {
                continue;
            }

            Interlocked.Increment(ref _verifications);
            int common = verifier!.CountCommon(q.Text);
            if (common >= needed)
            {
                return new ParagraphDuplicate(_ids[qs], qi, (double)common / verifier.Count, false);
            }
        }

        return bestSlot >= 0 ? new ParagraphDuplicate(_ids[bestSlot], bestIndex, 1.0, true) : null;
    }

    /// <summary>
    /// A cheap filter before exact verification: the Jaccard similarity that the threshold requires, given both shingle
    /// counts, must not be far above the sketch's estimate. The margin (0.2 below the bound, over 3 standard deviations
    /// of a 60-value estimate) keeps the filter's false rejections well under 1 in 1,000 pairs.
    /// </summary>
    private bool SketchAllows(uint[] mine, Distinct other, int myShingles)
    {
        if (other.Sketch.Length != mine.Length || myShingles == 0)
        {
            return true;
        }

        double intersection = Options.Threshold * myShingles;
        double union = myShingles + other.Shingles - intersection;
        double required = union <= 0 ? 1 : intersection / union;
        if (required <= 0.25)
        {
            return true;
        }

        int equal = 0;
        for (int k = 0; k < mine.Length; k++)
        {
            equal += mine[k] == other.Sketch[k] ? 1 : 0;
        }

        return (double)equal / mine.Length >= required - 0.2;
    }

    /// <summary>
    /// A filter that rejects only candidates the later checks reject: a text with fewer shingles than the containment needs
    /// (containment of p in q is at most |q| / |p|), and one whose sketch agreement is provably below what
    /// <see cref="SketchAllows"/> requires: equal sketch values have equal 4-bit digests, so the number of equal digests
    /// bounds the number of equal values from above.
    /// </summary>
    private bool BitsAllow(int did, ulong[] mine, int myShingles, int needed)
    {
        int otherShingles = _distinctShingles[did];
        if (otherShingles < 0 || myShingles == 0)
        {
            return true; // no sketch stored: SketchAllows and the verification decide
        }

        if (otherShingles < needed)
        {
            return false;
        }

        double intersection = Options.Threshold * myShingles;
        double union = myShingles + otherShingles - intersection;
        double required = union <= 0 ? 1 : intersection / union;
        if (required <= 0.25)
        {
            return true;
        }

        int differing = 0;
        int start = did * _bitsWords;
        for (int w = 0; w < _bitsWords; w++)
        {
            ulong x = mine[w] ^ _distinctBits[start + w];
            x = (x | (x >> 1) | (x >> 2) | (x >> 3)) & 0x1111111111111111UL;
            differing += System.Numerics.BitOperations.PopCount(x);
        }

        int upper = _sketchLength - differing;
        return (double)upper / _sketchLength >= required - 0.2;
    }

    /// <summary>4 bits of each sketch value, 16 values per word (unused nibbles zero).</summary>
    private ulong[] SketchBits(ReadOnlySpan<uint> sketch)
    {
        var bits = new ulong[_bitsWords];
        for (int k = 0; k < sketch.Length; k++)
        {
            uint v = sketch[k];
            bits[k >> 4] |= (ulong)((v ^ (v >> 16)) & 0xF) << ((k & 15) * 4);
        }

        return bits;
    }

    private void AppendSketchBits(uint[] sketch, List<ulong> target)
    {
        ulong[] bits = SketchBits(sketch.Length == _sketchLength ? sketch : []);
        target.AddRange(bits);
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
        for (int b = 0; b < bands; b++)
        {
            if (!_docBandHeads.TryGetValue(keys[b], out ulong head))
            {
                continue;
            }

            for (int e = (int)head - 1; e >= 0; e = _docBandNext[e] - 1)
            {
                int other = e / bands;
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
                    Insert(prepared[d]!);
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
