using System.Globalization;
using KoNewsParse.ML.Boilerplate;

namespace KoNewsParse.Cli;

/// <summary><c>konews train-boilerplate DATA.tsv --output model.zip</c>: retrains the paragraph classifier from labelled data.</summary>
internal static class TrainBoilerplateRunner
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for bad input (missing file, malformed rows, unusable data, unwritable output).</summary>
    public const int InputError = 2;

    /// <summary>Trains from <paramref name="dataPath"/>, prints the held-out metrics and writes the model atomically to <paramref name="outputPath"/>.</summary>
    /// <param name="dataPath">The labelled TSV (<c>label&lt;TAB&gt;text</c>, label body|boilerplate; an empty line ends an article).</param>
    /// <param name="outputPath">Where the model zip goes (replaced atomically).</param>
    /// <param name="stdout">Progress and metrics.</param>
    /// <param name="stderr">Errors.</param>
    /// <returns>0 on success, 2 on bad input.</returns>
    public static int Run(string dataPath, string outputPath, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (string.IsNullOrWhiteSpace(dataPath))
        {
            stderr.WriteLine("error: no data file given (usage: konews train-boilerplate DATA.tsv --output model.zip)");
            return InputError;
        }

        if (string.IsNullOrWhiteSpace(outputPath))
        {
            stderr.WriteLine("error: no output path given (usage: konews train-boilerplate DATA.tsv --output model.zip)");
            return InputError;
        }

        if (!File.Exists(dataPath))
        {
            stderr.WriteLine($"error: data file not found: {dataPath}");
            return InputError;
        }

        BoilerplateDataset dataset;
        try
        {
            dataset = BoilerplateDataset.Load(dataPath);
        }
        catch (BoilerplateDatasetException e)
        {
            stderr.WriteLine($"error: {dataPath}: {e.Message}");
            return InputError;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"error: cannot read {dataPath}: {e.Message}");
            return InputError;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"error: cannot read {dataPath}: {e.Message}");
            return InputError;
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {dataset.ParagraphCount} paragraphs in {dataset.Articles.Count} articles from {dataPath}"));
        BoilerplateTrainingResult result;
        try
        {
            result = BoilerplateTrainer.Train(dataset);
        }
        catch (BoilerplateDatasetException e)
        {
            stderr.WriteLine($"error: {dataPath}: {e.Message}");
            return InputError;
        }

        BoilerplateMetrics m = result.HeldOut;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trained on {result.TrainParagraphs} paragraphs ({result.TrainArticles} articles); held out {m.Count} paragraphs ({result.HeldOutArticles} articles)"));
        stdout.WriteLine($"held-out {m}");

        string? tempPath = null;
        try
        {
            string fullOutput = Path.GetFullPath(outputPath);
            string directory = Path.GetDirectoryName(fullOutput) ?? ".";
            Directory.CreateDirectory(directory);
            tempPath = Path.Combine(directory, $".{Path.GetFileName(fullOutput)}.{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write))
            {
                result.Classifier.Save(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(tempPath, fullOutput, overwrite: true);
            tempPath = null;
            stdout.WriteLine($"model written to {outputPath}");
            return Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot write {outputPath}: {e.Message}");
            return InputError;
        }
        finally
        {
            if (tempPath is not null)
            {
                try
                {
                    File.Delete(tempPath);
                }
                catch (IOException)
                {
                    // Best effort: a leftover temp file never replaces the model.
                }
            }
        }
    }
}
