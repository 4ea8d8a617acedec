namespace Ics2Port.Bench.Reporting;

using System.Globalization;

/// <summary>One figure next to the baseline measured in the same run; the ratio is figure ÷ baseline.</summary>
/// <param name="Measure">What the row measures, e.g. "Throughput".</param>
/// <param name="Measured">The figure of Ics2Port's own code path.</param>
/// <param name="Baseline">The same measure of the baseline.</param>
/// <param name="BaselineName">What the baseline is, e.g. "raw create-only Put Blob".</param>
internal sealed record Comparison(string Measure, Figure Measured, Figure Baseline, string BaselineName)
{
    public double Ratio => Measured.Value / Baseline.Value;

    public string RatioText => double.IsFinite(Ratio) ? string.Create(CultureInfo.InvariantCulture, $"{Ratio:F2}×") : "n/a";
}
