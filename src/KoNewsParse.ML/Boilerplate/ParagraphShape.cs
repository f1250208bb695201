using System.Collections.Frozen;
using KoNewsParse.Duplicates;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace KoNewsParse.ML.Boilerplate;

/// <summary>Input of the paragraph-shape mapping (and of the paragraph classifier).</summary>
public class ParagraphInput
{
    /// <summary>The paragraph text.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The paragraph's index in its article (0-based).</summary>
    public float Index { get; set; }

    /// <summary>The number of paragraphs in the article.</summary>
    public float Count { get; set; }
}

/// <summary>A labelled paragraph row used for training and evaluation.</summary>
internal sealed class LabelledParagraphInput : ParagraphInput
{
    /// <summary><see langword="true"/> for boilerplate.</summary>
    public bool Label { get; set; }
}

/// <summary>Output of the paragraph-shape mapping: the hand-crafted features (see <see cref="ParagraphShape.FeatureNames"/>).</summary>
internal sealed class ParagraphShapeRow
{
    /// <summary>The feature vector.</summary>
    [VectorType(ParagraphShape.FeatureCount)]
    public float[] ShapeFeatures { get; set; } = new float[ParagraphShape.FeatureCount];
}

/// <summary>Registered factory of the paragraph-shape mapping (needed by <c>mlContext.Model.Load</c>; not for direct use).</summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class ParagraphShapeFactory : CustomMappingFactory<ParagraphInput, ParagraphShapeRow>
{
    /// <summary>The contract name stored in saved models.</summary>
    public const string ContractName = "KoNewsParse.ParagraphShape.v3";

    /// <inheritdoc/>
    public override Action<ParagraphInput, ParagraphShapeRow> GetMapping()
        => static (src, dst) =>
        {
            float[] features = dst.ShapeFeatures is { Length: ParagraphShape.FeatureCount } existing ? existing : new float[ParagraphShape.FeatureCount];
            ParagraphShape.Compute(src.Text, (int)src.Index, (int)src.Count, features);
            dst.ShapeFeatures = features;
        };
}

/// <summary>
/// Hand-crafted shape features of a paragraph for the boilerplate classifier: the rule detector's verdict and its kind
/// (one-hot), length, sentence endings, e-mail/copyright/caption markers, bullets, character-class ratios and position in the article.
/// Pure, allocation-free and thread-safe.
/// </summary>
public static class ParagraphShape
{
    /// <summary>The number of features.</summary>
    public const int FeatureCount = 24 + RuleKindCount;

    /// <summary>The number of rule-kind slots one-hot encoded after the shape features (room is left for kinds added later).</summary>
    public const int RuleKindCount = 16;

    /// <summary>
    /// The rule kinds by slot, by name so that a reordering of <see cref="BoilerplateKind"/> cannot silently permute the slots of a
    /// trained model; kinds not listed here only set <c>RuleIsBoilerplate</c>.
    /// </summary>
    private static readonly string[] s_kindNames =
    [
        "Copyright", "RelatedArticles", "Subscription", "Byline", "PhotoCaption", "ShareUi", "HeadlineList", "Metadata",
        "Advertisement", "Notice", "Tags", "Learned",
    ];

    private static readonly FrozenDictionary<BoilerplateKind, int> s_kindSlots = s_kindNames
        .Select((name, slot) => (Ok: Enum.TryParse(name, out BoilerplateKind kind), kind, slot))
        .Where(x => x.Ok)
        .ToFrozenDictionary(x => x.kind, x => x.slot);

    /// <summary>The feature names in vector order.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
    [
        "RuleIsBoilerplate", "Log1pLength", "IsShort", "EndsWithDa", "EndsWithYo", "EndsWithSentencePunctuation",
        "HasEmail", "HasCopyright", "HasPhotoCredit", "StartsWithBullet", "HasBracket", "DigitRatio", "HangulRatio",
        "SymbolRatio", "RelativePosition", "IsFirst", "IsLast", "Log1pFromEnd", "Log1pIndex", "HasReporter", "HasUrl",
        "HasPipe", "Log1pSentenceCount", "HasQuote",
        .. Enumerable.Range(0, RuleKindCount).Select(i => i < s_kindNames.Length ? "Rule" + s_kindNames[i] : $"RuleReserved{i}"),
    ];

    /// <summary>Computes the features of <paramref name="text"/> into <paramref name="features"/>.</summary>
    /// <param name="text">The paragraph.</param>
    /// <param name="index">Its index in the article.</param>
    /// <param name="count">The number of paragraphs in the article.</param>
    /// <param name="features">The destination, at least <see cref="FeatureCount"/> long.</param>
    public static void Compute(ReadOnlySpan<char> text, int index, int count, Span<float> features)
    {
        if (features.Length < FeatureCount)
        {
            throw new ArgumentException($"The destination must hold {FeatureCount} features.", nameof(features));
        }

        text = text.Trim();
        count = Math.Max(count, 1);
        index = Math.Clamp(index, 0, count - 1);

        int digits = 0, hangul = 0, symbols = 0, sentences = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c is >= '\uAC00' and <= '\uD7A3')
            {
                hangul++;
                if (c == '다' && i + 1 < text.Length && text[i + 1] is '.' or '!' or '?')
                {
                    sentences++;
                }
            }
            else if (!char.IsLetter(c) && !char.IsWhiteSpace(c))
            {
                symbols++;
            }
        }

        float length = Math.Max(text.Length, 1);
        ReadOnlySpan<char> core = text.TrimEnd(".!?…\"'”’)] ");
        BoilerplateKind kind = BoilerplateDetector.Default.Classify(text);
        features[0] = kind != BoilerplateKind.None ? 1f : 0f;
        features[1] = MathF.Log(1 + text.Length);
        features[2] = text.Length < 20 ? 1f : 0f;
        features[3] = core.EndsWith("다") ? 1f : 0f;
        features[4] = core.EndsWith("요") ? 1f : 0f;
        features[5] = text.Length > 0 && text[^1] is '.' or '!' or '?' ? 1f : 0f;
        features[6] = HasEmail(text) ? 1f : 0f;
        features[7] = text.IndexOfAny('ⓒ', '©') >= 0 || text.Contains("(c)", StringComparison.OrdinalIgnoreCase)
            || text.Contains("copyright", StringComparison.OrdinalIgnoreCase) || text.Contains("저작권자", StringComparison.Ordinal)
            || text.Contains("무단", StringComparison.Ordinal) ? 1f : 0f;
        features[8] = text.Contains("사진=", StringComparison.Ordinal) || text.Contains("사진 =", StringComparison.Ordinal)
            || text.Contains("사진제공", StringComparison.Ordinal) ? 1f : 0f;
        features[9] = text.Length > 0 && text[0] is '▶' or '▲' or '△' or '·' or '-' or '※' or '☞' or '■' or '●' or '◆' or '◇' or '○' or '□' or '>' or '•' ? 1f : 0f;
        features[10] = (text.IndexOf('[') >= 0 && text.IndexOf(']') >= 0) || (text.IndexOf('<') >= 0 && text.IndexOf('>') >= 0) ? 1f : 0f;
        features[11] = digits / length;
        features[12] = hangul / length;
        features[13] = symbols / length;
        features[14] = count <= 1 ? 0f : index / (float)(count - 1);
        features[15] = index == 0 ? 1f : 0f;
        features[16] = index == count - 1 ? 1f : 0f;
        features[17] = MathF.Log(1 + (count - 1 - index));
        features[18] = MathF.Log(1 + index);
        features[19] = text.Contains("기자", StringComparison.Ordinal) ? 1f : 0f;
        features[20] = text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase) ? 1f : 0f;
        features[21] = text.IndexOf('|') >= 0 ? 1f : 0f;
        features[22] = MathF.Log(1 + sentences);
        features[23] = text.IndexOfAny('"', '“', '”') >= 0 ? 1f : 0f;
        features.Slice(24, RuleKindCount).Clear();
        if (s_kindSlots.TryGetValue(kind, out int slot))
        {
            features[24 + slot] = 1f;
        }
    }

    /// <summary>Whether <paramref name="text"/> contains something shaped like an e-mail address (<c>name@host.tld</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when an address-like token is found.</returns>
    public static bool HasEmail(ReadOnlySpan<char> text)
    {
        for (int at = text.IndexOf('@'); at >= 0; at = NextAt(text, at))
        {
            bool local = at > 0 && IsAddressChar(text[at - 1]);
            int j = at + 1, dots = 0;
            bool lastWasDot = false;
            while (j < text.Length && (IsAddressChar(text[j]) || text[j] == '.'))
            {
                if (text[j] == '.')
                {
                    dots++;
                }

                lastWasDot = text[j] == '.';
                j++;
            }

            if (local && dots > 0 && j > at + 3 && !(lastWasDot && dots == 1))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextAt(ReadOnlySpan<char> text, int at)
    {
        int next = text[(at + 1)..].IndexOf('@');
        return next < 0 ? -1 : at + 1 + next;
    }

    private static bool IsAddressChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '+';
}
