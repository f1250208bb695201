using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using KoNewsParse.Benchmarks.Accuracy;
using KoNewsParse.Benchmarks.Corpus;
using KoNewsParse.Benchmarks.Infrastructure;
using KoNewsParse.Benchmarks.Smoke;

// Commands (run from the repository root):
//   dotnet run -c Release --project benchmarks/KoNewsParse.Benchmarks -- smoke        CI regression guard (ratios, < 2 min)
//   dotnet run -c Release --project benchmarks/KoNewsParse.Benchmarks -- accuracy     labelled money set vs Recognizers
//   dotnet run -c Release --project benchmarks/KoNewsParse.Benchmarks -- manifest     corpus sizes for the README script
//   dotnet run -c Release --project benchmarks/KoNewsParse.Benchmarks -- corpus Mb1 out.txt   the generated corpus text
//   dotnet run -c Release --project benchmarks/KoNewsParse.Benchmarks -- lsh-sweep Mb1 20x3 10x6   DuplicateIndex LSH shapes
//   dotnet run -c Release --project benchmarks/KoNewsParse.Benchmarks -- dup-scaling [rounds] [only]   DuplicateIndex 1× vs 10×, CPU time
//   dotnet run -c Release --project benchmarks/KoNewsParse.Benchmarks -- --filter '*' [--job short|Dry] [--cpu-clock]
//     BenchmarkDotNet; --cpu-clock = in-process, timed in thread CPU time (for machines shared with other busy processes)
switch (args.FirstOrDefault())
{
    case "smoke":
        return SmokeCommand.Run(args[1..]);
    case "lsh-sweep":
        return LshSweepCommand.Run(args[1..]);
    case "dup-scaling":
        return DupScalingCommand.Run(args[1..]);
    case "accuracy":
        return AccuracyCommand.Run(args[1..]);
    case "corpus":
        // writes the generated corpus text (default 10 KB) to a file or stdout, to inspect it or feed the CLI
        string corpusText = NewsCorpus.Get(args.Length > 1 ? Enum.Parse<CorpusSize>(args[1], ignoreCase: true) : CorpusSize.Kb10).Text;
        if (args.Length > 2)
        {
            File.WriteAllText(args[2], corpusText);
        }
        else
        {
            Console.Out.Write(corpusText);
        }

        return 0;
    case "manifest":
        CorpusManifest.Write(args.Length > 1 ? args[1] : ResultsPath(args, "corpus-manifest.json"), NewsCorpus.SuiteSizes);
        return 0;
    default:
        CorpusManifest.Write(ResultsPath(args, "corpus-manifest.json"), NewsCorpus.SuiteSizes);
        bool cpuClock = args.Contains("--cpu-clock");
        IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run([.. args.Where(a => a != "--cpu-clock")], BenchConfig.Create(cpuClock));
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}

static string ResultsPath(string[] args, string file) =>
    Path.Combine(AccuracyCommand.OptionValue(args, "--artifacts") ?? "BenchmarkDotNet.Artifacts", "results", file);
