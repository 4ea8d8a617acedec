namespace Ics2Port.Bench.Http;

using Ics2Port.Bench.Load;

/// <summary>The three runs of one round and the bytes its document PUTs carried.</summary>
internal sealed record HttpRoundResult(LoadRun Get, LoadRun Put, LoadRun Submit, long BodyBytes);
