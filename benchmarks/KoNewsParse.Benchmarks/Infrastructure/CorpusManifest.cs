using System.Text.Json;
using KoNewsParse.Benchmarks.Corpus;

namespace KoNewsParse.Benchmarks.Infrastructure;

/// <summary>Writes <c>corpus-manifest.json</c>: the exact input sizes the README script divides by.</summary>
public static class CorpusManifest
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Builds the manifest for every corpus size.</summary>
    public static object Build(IEnumerable<CorpusSize> sizes) => new
    {
        seed = NewsCorpus.Seed.ToString("X", System.Globalization.CultureInfo.InvariantCulture),
        corpora = sizes.Select(size =>
        {
            NewsCorpus c = NewsCorpus.Get(size);
            return new
            {
                size = size.ToString(),
                label = NewsCorpus.Label(size),
                utf8Bytes = c.Utf8Bytes,
                chars = c.Text.Length,
                articles = c.Articles.Count,
                paragraphs = c.Paragraphs.Count,
                fingerprint = c.Fingerprint,
                planted = c.Stats,
            };
        }).ToArray(),
    };

    /// <summary>Writes the manifest to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<CorpusSize> sizes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(Build(sizes), Indented));
    }
}
