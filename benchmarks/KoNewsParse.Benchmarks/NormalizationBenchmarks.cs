using System.Text;
using BenchmarkDotNet.Attributes;
using KoNewsParse.Text;

namespace KoNewsParse.Benchmarks;

[MemoryDiagnoser]
public class NormalizationBenchmarks
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            sb.Append("삼성전자가 지난 23일 ３００억원 규모의 투자를 발표했다.\r\n");
        }

        _text = sb.ToString();
    }

    [Benchmark]
    public int Normalize() => TextNormalizer.Normalize(_text).Text.Length;
}
