namespace Ics2Port.Bench.Reporting;

using System.Globalization;

/// <summary>One measured number with its unit, e.g. <c>312 submissions/s</c>.</summary>
internal sealed record Figure(double Value, string Unit, int Decimals = 0)
{
    private const double Mebibyte = 1024.0 * 1024;

    public static Figure PerSecond(double value, string unit) => new(value, unit, value < 100 ? 1 : 0);

    public static Figure Milliseconds(double value) => new(value, "ms", value < 10 ? 2 : 1);

    public static Figure Mebibytes(long bytes) => new(bytes / Mebibyte, "MiB", 1);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Value.ToString("N" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)} {Unit}");
}
