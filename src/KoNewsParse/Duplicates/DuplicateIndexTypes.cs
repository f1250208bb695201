namespace KoNewsParse.Duplicates;

/// <summary>Options for <see cref="DuplicateIndex"/>. Immutable.</summary>
public sealed record DuplicateIndexOptions
{
    /// <summary>The default options (near duplicates on, containment threshold 0.8, 20 bands × 3 rows).</summary>
    public static DuplicateIndexOptions Default { get; } = new();

    /// <summary>
    /// The minimum containment of a paragraph's character 5-gram shingles in an earlier paragraph for it to be a near
    /// duplicate (0 &lt; value ≤ 1; default 0.8).
    /// </summary>
    public double Threshold { get; init; } = 0.8;

    /// <summary>The minimum containment of a document's shingles in an earlier document for a near-duplicate document (default 0.8).</summary>
    public double DocumentThreshold { get; init; } = 0.8;

    /// <summary>
    /// Whether near duplicates are detected. When <see langword="false"/> the index keeps only the exact table (≤ 28 bytes per
    /// distinct paragraph plus one small record per document) and cannot answer document-level or stored-paragraph queries.
    /// </summary>
    public bool DetectNearDuplicates { get; init; } = true;

    /// <summary>The number of LSH bands (1 to 64).</summary>
    public int Bands { get; init; } = 20;

    /// <summary>The number of MinHash rows per LSH band (1 to 16). The sketch has <see cref="Bands"/> × this many values.</summary>
    public int RowsPerBand { get; init; } = 3;

    /// <summary>The minimum canonical length (characters) of a paragraph for near-duplicate matching (exact matching has none).</summary>
    public int MinNearDuplicateLength { get; init; } = 20;

    /// <summary>
    /// The bucket size from which an LSH bucket keeps a copy of its members' filter records (internal: a memory/speed
    /// trade-off that never changes an answer; tests lower it to exercise dense buckets on small corpora).
    /// </summary>
    internal int DenseBucketSize { get; init; } = 16;

    internal void Validate()
    {
        if (!(Threshold > 0 && Threshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "The threshold must be in (0, 1].");
        }

        if (!(DocumentThreshold > 0 && DocumentThreshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(DocumentThreshold), DocumentThreshold, "The threshold must be in (0, 1].");
        }

        if (Bands is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(Bands), Bands, "Bands must be between 1 and 64.");
        }

        if (RowsPerBand is < 1 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(RowsPerBand), RowsPerBand, "Rows per band must be between 1 and 16.");
        }

        if (MinNearDuplicateLength < ParagraphFingerprint.ShingleLength)
        {
            throw new ArgumentOutOfRangeException(nameof(MinNearDuplicateLength), MinNearDuplicateLength, "Must be at least the shingle length (5).");
        }
    }
}

/// <summary>The earliest paragraph that a paragraph duplicates.</summary>
/// <param name="DocumentId">The id of the document holding the earlier paragraph (possibly the same document).</param>
/// <param name="Index">The earlier paragraph's index in that document.</param>
/// <param name="Similarity">
/// The containment of the paragraph's shingles in the earlier one, computed exactly (1 for exact duplicates).
/// </param>
/// <param name="IsExact">Whether the canonical texts are identical.</param>
public readonly record struct ParagraphDuplicate(string DocumentId, int Index, double Similarity, bool IsExact);

/// <summary>A document that is a near-duplicate (rewrite) of an earlier document.</summary>
/// <param name="DocumentId">The later document.</param>
/// <param name="DuplicateOf">The earliest document it duplicates.</param>
/// <param name="Similarity">The exact containment of the later document's shingles in the earlier one's.</param>
public sealed record DocumentDuplicate(string DocumentId, string DuplicateOf, double Similarity);

/// <summary>Sizes of a <see cref="DuplicateIndex"/>.</summary>
/// <param name="Documents">The number of documents.</param>
/// <param name="Paragraphs">The number of paragraphs added.</param>
/// <param name="DistinctParagraphs">The number of distinct non-empty canonical paragraphs (keys of the exact table).</param>
/// <param name="ExactTableBytes">The bytes allocated by the exact table (16 bytes per slot).</param>
/// <param name="DocumentBytes">The estimated bytes of the per-document records (ids, counts, content hashes, id lookup).</param>
/// <param name="NearIndexBytes">The estimated bytes of the near-duplicate structures (canonical texts, LSH tables, sketches).</param>
public sealed record DuplicateIndexStatistics(
    int Documents, long Paragraphs, int DistinctParagraphs, long ExactTableBytes, long DocumentBytes, long NearIndexBytes)
{
    /// <summary>The number of distinct canonical texts stored for near-duplicate matching (0 when near duplicates are off).</summary>
    public int DistinctTexts { get; init; }

    /// <summary>How many candidate pairs proposed by LSH (and not ruled out by the sketch) were verified on exact shingles so far.</summary>
    public long Verifications { get; init; }

    /// <summary>
    /// How many candidates LSH proposed to near-duplicate queries so far: bucket entries examined by the exact-safe filters,
    /// so a text sharing several bands with a paragraph counts once per band (see <see cref="Verifications"/> for those that
    /// reached exact verification). Candidates per paragraph is what makes one corpus dearer than another: it grows with the
    /// number of earlier paragraphs that share a band, e.g. template sentences repeated with different names and numbers.
    /// </summary>
    public long CandidatesExamined { get; init; }

    /// <summary>Exact table bytes per added paragraph.</summary>
    public double ExactTableBytesPerParagraph => Paragraphs == 0 ? 0 : (double)ExactTableBytes / Paragraphs;

    /// <summary>Exact table plus document records, per added paragraph (the whole index when near duplicates are off).</summary>
    public double ExactIndexBytesPerParagraph => Paragraphs == 0 ? 0 : (double)(ExactTableBytes + DocumentBytes) / Paragraphs;

    /// <summary>Near-duplicate structures per added paragraph.</summary>
    public double NearIndexBytesPerParagraph => Paragraphs == 0 ? 0 : (double)NearIndexBytes / Paragraphs;
}
