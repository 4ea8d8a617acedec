namespace Ics2Port.Bench.Http;

using Ics2Port.Bench.Load;

/// <summary>
/// One document's PUTs as its history grows: versions 1–200, 201–1,000 and the 200 after the first 1,000, and the first
/// 200 PUTs of a new document filed in turn with the last window.
/// </summary>
internal sealed record GrowthRuns(LoadRun First, LoadRun Middle, LoadRun Last, LoadRun NewBeside)
{
    public IReadOnlyList<LoadRun> All => [First, Middle, Last, NewBeside];
}
