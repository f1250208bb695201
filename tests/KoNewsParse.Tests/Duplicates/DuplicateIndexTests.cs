using FsCheck;
using FsCheck.Xunit;
using KoNewsParse.Duplicates;

namespace KoNewsParse.Tests.Duplicates;

public class DuplicateIndexTests
{
    private static readonly List<string> Bases = new SyntheticNews(3).DistinctParagraphs(40);

    private static string[] Doc(params int[] bases) => bases.Select(b => Bases[b]).ToArray();

    [Fact]
    public void Add_ReportsEarliestExactDuplicateAcrossDocuments()
    {
        var index = new DuplicateIndex();
        Assert.All(index.Add("a", Doc(0, 1, 2)), Assert.Null);
        IReadOnlyList<ParagraphDuplicate?> b = index.Add("b", Doc(3, 1, 0, 3));
        Assert.Null(b[0]);
        Assert.Equal(new ParagraphDuplicate("a", 1, 1.0, true), b[1]);
        Assert.Equal(new ParagraphDuplicate("a", 0, 1.0, true), b[2]);
        Assert.Equal(new ParagraphDuplicate("b", 0, 1.0, true), b[3]);
    }

    [Fact]
    public void Add_ReportsVerifiedNearDuplicates()
    {
        var news = new SyntheticNews(5);
        var index = new DuplicateIndex();
        index.Add("a", Doc(0, 1));
        string near = news.Apply(Bases[1], SyntheticNews.Mutation.EditWord);
        ParagraphDuplicate d = index.Add("b", [near])[0]!.Value;
        Assert.Equal(("a", 1, false), (d.DocumentId, d.Index, d.IsExact));
        double exact = ParagraphFingerprint.Containment(ParagraphFingerprint.Create(near), ParagraphFingerprint.Create(Bases[1]));
        Assert.Equal(exact, d.Similarity, 12);
    }

    [Fact]
    public void EarliestIsDefinedByOrdinalIdsNotArrival()
    {
        var index = new DuplicateIndex();
        index.Add("2021-11-26/b", Doc(0));
        index.Add("2021-11-25/a", Doc(5, 0));
        Assert.Equal(new ParagraphDuplicate("2021-11-25/a", 1, 1.0, true), index.Query("2021-11-26/b", Doc(0))[0]);
        Assert.Null(index.Query("2021-11-25/a", Doc(5, 0))[1]);
        Assert.Equal(new ParagraphDuplicate("2021-11-25/a", 1, 1.0, true), index.GetDuplicates("2021-11-26/b")![0]);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(true, 300)]
    [InlineData(true, 5_000)]
    [InlineData(false, 300)]
    public void SizeHint_ChangesNoAnswerAndNoByte(bool near, int expectedParagraphs)
    {
        // The hint only sizes the tables up front (under, about right or far over the 300 paragraphs added).
        var news = new SyntheticNews(17);
        List<string> bases = news.DistinctParagraphs(120);
        var options = DuplicateIndexOptions.Default with { DetectNearDuplicates = near, DenseBucketSize = 4 };
        var plain = new DuplicateIndex(options);
        var sized = new DuplicateIndex(options, expectedParagraphs);
        var random = new Random(5);
        for (int d = 0; d < 30; d++)
        {
            string[] paragraphs = [.. Enumerable.Range(0, 10).Select(_ => random.Next(3) switch
            {
                0 => bases[random.Next(bases.Count)],
                1 => news.Mutate(bases[random.Next(bases.Count)], 1),
                _ => news.Paragraph(2),
            })];
            string id = d.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(plain.Add(id, paragraphs), sized.Add(id, paragraphs));
        }

        Assert.Equal(plain.Serialize(), sized.Serialize());
        if (near)
        {
            Assert.Equal(plain.FindNearDuplicateDocuments(), sized.FindNearDuplicateDocuments());
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(DuplicateIndex.MaxExpectedParagraphs + 1)]
    public void SizeHint_OutOfRange_Throws(int expectedParagraphs) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DuplicateIndex(DuplicateIndexOptions.Default, expectedParagraphs));

    [Fact]
    public void AddingTheSameIdTwice_Throws()
    {
        var index = new DuplicateIndex();
        index.Add("a", Doc(0));
        Assert.Throws<ArgumentException>(() => index.Add("a", Doc(1)));
    }

    [Fact]
    public void FindNearDuplicateDocuments_FindsRewrittenArticles()
    {
        var news = new SyntheticNews(9);
        var index = new DuplicateIndex();
        index.Add("1", Doc(0, 1, 2, 3, 4));
        index.Add("2", Doc(10, 11, 12));
        index.Add("3", Doc(0, 1, 2, 3, 4).Select(p => news.Mutate(p, 1)).ToArray());
        index.Add("4", Doc(20, 21, 3));
        IReadOnlyList<DocumentDuplicate> docs = index.FindNearDuplicateDocuments();
        DocumentDuplicate d = Assert.Single(docs);
        Assert.Equal(("3", "1"), (d.DocumentId, d.DuplicateOf));
        Assert.InRange(d.Similarity, 0.8, 1.0);
        Assert.Null(index.FindNearDuplicateDocument("4"));
        Assert.Null(index.FindNearDuplicateDocument("missing"));
    }

    [Fact]
    public void ExactOnlyIndex_AnswersQueriesAndRejectsNearOnlyOperations()
    {
        var index = new DuplicateIndex(new DuplicateIndexOptions { DetectNearDuplicates = false });
        index.Add("a", Doc(0, 1));
        Assert.Equal(new ParagraphDuplicate("a", 1, 1.0, true), index.Add("b", Doc(1))[0]);
        Assert.Null(index.Query("c", [new SyntheticNews(1).Apply(Bases[0], SyntheticNews.Mutation.EditWord)])[0]);
        Assert.Throws<InvalidOperationException>(() => index.FindNearDuplicateDocuments());
        Assert.Throws<InvalidOperationException>(() => index.GetDuplicates("a"));
    }

    [Fact]
    public void ExactIndex_UsesAtMost32BytesPerParagraph()
    {
        var index = new DuplicateIndex(new DuplicateIndexOptions { DetectNearDuplicates = false });
        var news = new SyntheticNews(21);
        string[] pool = Enumerable.Range(0, 3000).Select(_ => news.Paragraph(2)).ToArray();
        var random = new Random(4);
        for (int d = 0; d < 2000; d++)
        {
            // 12 paragraphs per document, ~1 in 4 repeated from earlier documents (as in a news feed).
            string[] paragraphs = Enumerable.Range(0, 12)
                .Select(i => random.Next(4) == 0 ? pool[random.Next(pool.Length)] : $"{d}번 기사 {i}번 문단. " + pool[random.Next(pool.Length)])
                .ToArray();
            index.Add(d.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), paragraphs);
        }

        DuplicateIndexStatistics stats = index.GetStatistics();
        Assert.Equal(24000, stats.Paragraphs);
        Assert.Equal(0, stats.NearIndexBytes);
        Assert.True(stats.ExactTableBytes <= 28.3 * stats.DistinctParagraphs, $"{stats.ExactTableBytes} bytes for {stats.DistinctParagraphs}");
        Assert.True(stats.ExactIndexBytesPerParagraph <= 32, $"{stats.ExactIndexBytesPerParagraph:F1} bytes per paragraph");
    }

    [Fact]
    public void Serialize_RoundTripsAndIsCanonical()
    {
        var news = new SyntheticNews(13);
        var a = new DuplicateIndex();
        a.Add("x", Doc(0, 1, 2));
        a.Add("y", [Bases[1], news.Mutate(Bases[2], 1), "짧다"]);
        DuplicateIndex b = DuplicateIndex.Deserialize(a.Serialize());
        Assert.Equal(a.Serialize(), b.Serialize());
        Assert.Equal(a.GetDuplicates("y"), b.GetDuplicates("y"));
        Assert.Equal(a.GetStatistics().Paragraphs, b.GetStatistics().Paragraphs);

        var c = new DuplicateIndex();
        c.Add("y", [Bases[1], news.Mutate(Bases[2], 0), "짧다"]);
        Assert.NotEqual(a.Serialize(), c.Serialize());
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    [InlineData(new byte[] { (byte)'K', (byte)'N', (byte)'D', (byte)'I', 1, 0, 0, 0, 1 })]
    public void Deserialize_RejectsCorruptData(byte[] data) =>
        Assert.Throws<InvalidDataException>(() => DuplicateIndex.Deserialize(data));

    [Fact]
    public void Deserialize_RejectsTruncatedData()
    {
        var a = new DuplicateIndex();
        a.Add("x", Doc(0, 1, 2));
        byte[] bytes = a.Serialize();
        for (int cut = 1; cut < bytes.Length; cut += 7)
        {
            Assert.Throws<InvalidDataException>(() => DuplicateIndex.Deserialize(bytes.AsSpan(0, cut)));
        }
    }

    [Fact]
    public void Merge_RejectsDifferentOptionsAndConflictingDocuments()
    {
        var a = new DuplicateIndex();
        a.Add("x", Doc(0));
        var b = new DuplicateIndex(new DuplicateIndexOptions { Threshold = 0.9 });
        Assert.Throws<ArgumentException>(() => DuplicateIndex.Merge(a, b));
        var c = new DuplicateIndex();
        c.Add("x", Doc(1));
        Assert.Throws<ArgumentException>(() => DuplicateIndex.Merge(a, c));
        var same = new DuplicateIndex();
        same.Add("x", Doc(0));
        Assert.Equal(a.Serialize(), DuplicateIndex.Merge(a, same).Serialize());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Options_AreValidated(double threshold) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DuplicateIndex(new DuplicateIndexOptions { Threshold = threshold }));

    // ----- properties -----

    /// <summary>A small random corpus: documents built from a few base paragraphs, exact copies and rewrites.</summary>
    private static (string Id, string[] Paragraphs)[] Corpus(int seed, int documents)
    {
        var random = new Random(seed);
        var news = new SyntheticNews(seed);
        return Enumerable.Range(0, documents).Select(d =>
        {
            int count = random.Next(1, 6);
            string[] ps = Enumerable.Range(0, count).Select(_ =>
            {
                string b = Bases[random.Next(12)];
                return random.Next(3) switch { 0 => b, 1 => news.Mutate(b, random.Next(1, 3)), _ => news.Paragraph(2) };
            }).ToArray();
            return ($"doc-{random.Next(1000):D3}-{d}", ps);
        }).ToArray();
    }

    private static DuplicateIndex Build(IEnumerable<(string Id, string[] Paragraphs)> docs, DuplicateIndexOptions options)
    {
        var index = new DuplicateIndex(options);
        foreach ((string id, string[] ps) in docs)
        {
            index.Add(id, ps);
        }

        return index;
    }

    private static Dictionary<string, ParagraphDuplicate?[]> Answers(DuplicateIndex index, (string Id, string[] Paragraphs)[] docs) =>
        docs.ToDictionary(d => d.Id, d => index.Query(d.Id, d.Paragraphs).ToArray());

    [Property(MaxTest = 25)]
    public void Merge_EqualsOneIndexOverTheUnion(PositiveInt seed, bool exactOnly)
    {
        var options = new DuplicateIndexOptions { DetectNearDuplicates = !exactOnly };
        (string Id, string[] Paragraphs)[] corpus = Corpus(seed.Get, 14);
        var random = new Random(seed.Get);
        var left = corpus.Where(_ => random.Next(2) == 0).ToArray();
        var right = corpus.Except(left).ToArray();

        DuplicateIndex whole = Build(corpus, options);
        DuplicateIndex merged = DuplicateIndex.Merge(
            DuplicateIndex.Deserialize(Build(left, options).Serialize()),
            DuplicateIndex.Deserialize(Build(right, options).Serialize()));

        Assert.Equal(whole.Serialize(), merged.Serialize());
        Assert.Equal(Answers(whole, corpus), Answers(merged, corpus));
        if (!exactOnly)
        {
            Assert.Equal(whole.FindNearDuplicateDocuments(), merged.FindNearDuplicateDocuments());
        }
    }

    [Property(MaxTest = 10)]
    public void Answers_AreTheSameWhateverTheOrderAndThreads(PositiveInt seed)
    {
        (string Id, string[] Paragraphs)[] corpus = Corpus(seed.Get, 24);
        DuplicateIndex sequential = Build(corpus, DuplicateIndexOptions.Default);

        var shuffled = corpus.OrderBy(_ => Guid.NewGuid()).ToArray();
        var parallel = new DuplicateIndex();
        Parallel.ForEach(shuffled, new ParallelOptions { MaxDegreeOfParallelism = 4 }, d => parallel.Add(d.Id, d.Paragraphs));

        Assert.Equal(sequential.Serialize(), parallel.Serialize());
        Assert.Equal(Answers(sequential, corpus), Answers(parallel, corpus));
        Assert.Equal(sequential.FindNearDuplicateDocuments(), parallel.FindNearDuplicateDocuments());
        foreach ((string id, _) in corpus)
        {
            Assert.Equal(sequential.GetDuplicates(id), parallel.GetDuplicates(id));
        }
    }

    [Property(MaxTest = 15)]
    public void AddInIdOrder_GivesFinalAnswers(PositiveInt seed)
    {
        (string Id, string[] Paragraphs)[] corpus = Corpus(seed.Get, 16).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        var index = new DuplicateIndex();
        var streamed = corpus.ToDictionary(d => d.Id, d => index.Add(d.Id, d.Paragraphs).ToArray());
        Assert.Equal(Answers(index, corpus), streamed);
    }

    [Property(MaxTest = 100)]
    public void Add_NeverThrowsOnAnyText(string[]? paragraphs)
    {
        var index = new DuplicateIndex();
        string[] input = (paragraphs ?? []).Select(p => p ?? string.Empty).ToArray();
        Assert.Equal(input.Length, index.Add("d", input).Count);
        Assert.Equal(input.Length, index.Add("e", input).Count);
        DuplicateIndex.Deserialize(index.Serialize());
    }
}
