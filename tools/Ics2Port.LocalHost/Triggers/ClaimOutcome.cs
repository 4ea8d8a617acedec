namespace Ics2Port.Functions.Triggers.Standalone;

/// <summary>What a claim on a blob version came to.</summary>
internal enum ClaimOutcome
{
    /// <summary>This driver holds the claim and runs the attempt.</summary>
    Claimed,

    /// <summary>Another driver holds a live claim: look again on a later poll.</summary>
    Busy,

    /// <summary>The version is done (completed or poisoned): never look at it again.</summary>
    Finished,
}
