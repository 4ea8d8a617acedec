namespace Ics2Port.Testing;

/// <summary>
/// How one connection through a <see cref="LoopbackRelay"/> moves its bytes: each function reads <c>from</c> until it
/// ends and writes what it chooses to <c>to</c>. The relay makes one per connection, so the two directions can share state.
/// </summary>
/// <param name="SenderToTarget">Forwards what the connecting side sends to the target.</param>
/// <param name="TargetToSender">Forwards what the target answers to the connecting side.</param>
public sealed record RelayForwarding(
    Func<Stream, Stream, CancellationToken, Task> SenderToTarget,
    Func<Stream, Stream, CancellationToken, Task> TargetToSender);
