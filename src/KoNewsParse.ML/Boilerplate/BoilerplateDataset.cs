namespace KoNewsParse.ML.Boilerplate;

/// <summary>One labelled paragraph.</summary>
/// <param name="Text">The paragraph text.</param>
/// <param name="IsBoilerplate"><see langword="true"/> for boilerplate, <see langword="false"/> for body text.</param>
/// <param name="LineNumber">The 1-based line it came from (0 when built in code).</param>
public sealed record LabelledParagraph(string Text, bool IsBoilerplate, int LineNumber = 0);

/// <summary>The error raised when a labelled TSV file is malformed; carries the 1-based line number.</summary>
public sealed class BoilerplateDatasetException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public BoilerplateDatasetException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public BoilerplateDatasetException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public BoilerplateDatasetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a line.</summary>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <param name="message">The message.</param>
    public BoilerplateDatasetException(int lineNumber, string message)
        : base($"line {lineNumber}: {message}") => LineNumber = lineNumber;

    /// <summary>The 1-based line number, or 0 when the error is not about one line.</summary>
    public int LineNumber { get; }
}

/// <summary>
/// A labelled paragraph dataset: articles, each a list of paragraphs in order. Read from a TSV file of
/// <c>label&lt;TAB&gt;text</c> rows (label <c>body</c> or <c>boilerplate</c>); an empty line ends an article, lines starting with
/// <c>#</c> are comments, and an optional <c>label&lt;TAB&gt;text</c> header is skipped. A file without any empty line between rows
/// is read as one-paragraph articles (position features then carry no information). Immutable.
/// </summary>
public sealed class BoilerplateDataset
{
    /// <summary>Creates a dataset.</summary>
    /// <param name="articles">The articles.</param>
    public BoilerplateDataset(IReadOnlyList<IReadOnlyList<LabelledParagraph>> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        Articles = [.. articles.Where(a => a is { Count: > 0 }).Select(a => (IReadOnlyList<LabelledParagraph>)[.. a])];
    }

    /// <summary>The articles (none empty).</summary>
    public IReadOnlyList<IReadOnlyList<LabelledParagraph>> Articles { get; }

    /// <summary>The number of paragraphs.</summary>
    public int ParagraphCount => Articles.Sum(a => a.Count);

    /// <summary>Reads a dataset from a TSV file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="BoilerplateDatasetException">A row is malformed or the file has no rows.</exception>
    public static BoilerplateDataset Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader);
    }

    /// <summary>Reads a dataset from TSV text.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="BoilerplateDatasetException">A row is malformed or there are no rows.</exception>
    public static BoilerplateDataset Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var articles = new List<List<LabelledParagraph>>();
        var current = new List<LabelledParagraph>();
        bool sawSeparator = false, sawData = false;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.AsSpan().IsWhiteSpace())
            {
                if (current.Count > 0)
                {
                    articles.Add(current);
                    current = [];
                    sawSeparator = true;
                }

                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                throw new BoilerplateDatasetException(lineNumber, "expected 'label<TAB>text' (no tab found).");
            }

            string label = line[..tab].Trim();
            string text = line[(tab + 1)..].Trim();
            if (!sawData && label.Equals("label", StringComparison.OrdinalIgnoreCase))
            {
                sawData = true;
                continue;
            }

            sawData = true;
            bool isBoilerplate = label.ToUpperInvariant() switch
            {
                "BOILERPLATE" => true,
                "BODY" => false,
                _ => throw new BoilerplateDatasetException(lineNumber, $"unknown label '{label}' (expected 'body' or 'boilerplate')."),
            };
            if (text.Length == 0)
            {
                throw new BoilerplateDatasetException(lineNumber, "empty text.");
            }

            if (text.Contains('\t', StringComparison.Ordinal))
            {
                throw new BoilerplateDatasetException(lineNumber, "more than one tab: the text must not contain tabs.");
            }

            current.Add(new LabelledParagraph(text, isBoilerplate, lineNumber));
        }

        if (current.Count > 0)
        {
            articles.Add(current);
        }

        if (articles.Count == 0)
        {
            throw new BoilerplateDatasetException("the data has no labelled rows.");
        }

        if (!sawSeparator && articles.Count == 1)
        {
            // No article boundaries: every row is its own article.
            return new BoilerplateDataset([.. articles[0].Select(p => (IReadOnlyList<LabelledParagraph>)[p])]);
        }

        return new BoilerplateDataset([.. articles]);
    }

    /// <summary>
    /// Splits the articles deterministically: every <paramref name="holdOutEvery"/>-th article (indices k-1, 2k-1, …) is held out.
    /// When that selects nothing and there are at least two articles, the last article is held out.
    /// </summary>
    /// <param name="holdOutEvery">The hold-out period (≥ 2).</param>
    /// <returns>The training and held-out parts.</returns>
    public (BoilerplateDataset Train, BoilerplateDataset HeldOut) Split(int holdOutEvery = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(holdOutEvery, 2);
        var train = new List<IReadOnlyList<LabelledParagraph>>();
        var test = new List<IReadOnlyList<LabelledParagraph>>();
        for (int i = 0; i < Articles.Count; i++)
        {
            (i % holdOutEvery == holdOutEvery - 1 ? test : train).Add(Articles[i]);
        }

        if (test.Count == 0 && train.Count >= 2)
        {
            test.Add(train[^1]);
            train.RemoveAt(train.Count - 1);
        }

        return (new BoilerplateDataset(train), new BoilerplateDataset(test));
    }

    /// <summary>The paragraphs as ML.NET rows with their positions.</summary>
    /// <returns>One row per paragraph.</returns>
    internal IEnumerable<LabelledParagraphInput> ToRows()
    {
        foreach (IReadOnlyList<LabelledParagraph> article in Articles)
        {
            for (int i = 0; i < article.Count; i++)
            {
                yield return new LabelledParagraphInput { Text = article[i].Text, Index = i, Count = article.Count, Label = article[i].IsBoilerplate };
            }
        }
    }
}
