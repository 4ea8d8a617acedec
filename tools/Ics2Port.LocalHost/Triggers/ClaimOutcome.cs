namespace Ics2Port.LocalHost.Triggers;

/// <summary>What a claim on a blob version came to.</summary>
internal enum ClaimOutcome
{
    /// <summary>This host holds the claim and runs the attempt.</summary>
    Claimed,

    /// <summary>Another host holds a live claim: look again on a later poll.</summary>
    Busy,

    /// <summary>The version is done (completed or poisoned): never look at it again.</summary>
    Finished,
}
