namespace Ics2Port.Functions.Tests.Fallback.Cases;

using Ics2Port.Functions.Fallback.Cases;
using Ics2Port.Storage.Documents;

/// <summary>A case id names one stored version, a port call document's or a permit application's or ship supply's, and is read back into its parts.</summary>
public sealed class CaseIdsTests
{
    [Theory]
    [InlineData("pc-7k2m9x4q1z", "arrival", "fal5", 1, "pc-7k2m9x4q1z-arrival-fal5-v1")]
    [InlineData("pc-7k2m9x4q1z", "departure", "manifest", 12, "pc-7k2m9x4q1z-departure-manifest-v12")]
    [InlineData("pc-7k2m9x4q1z", "permit", "pm-q4k8z2m7xa", 1, "pc-7k2m9x4q1z-permit-pm-q4k8z2m7xa-v1")]
    [InlineData("pc-7k2m9x4q1z", "supply", "sp-b3n6t2w5yc", 3, "pc-7k2m9x4q1z-supply-sp-b3n6t2w5yc-v3")]
    public void Of_ThenTryParse_TheSameParts(string portCallId, string direction, string type, int version, string caseId)
    {
        var of = CaseIds.Of(Version(portCallId, direction, type, version));

        var parsed = CaseIds.TryParse(of, out var parsedPortCallId, out var parsedDirection, out var parsedType, out var parsedVersion);

        Assert.Equal(caseId, of);
        Assert.True(parsed);
        Assert.Equal((portCallId, direction, type, version), (parsedPortCallId, parsedDirection, parsedType, parsedVersion));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pc-7k2m9x4q1z-arrival-fal5")]
    [InlineData("pc-7k2m9x4q1z-arrival-fal5-v0")]
    [InlineData("pc-7k2m9x4q1z-arrival-fal5-v-1")]
    [InlineData("pc-7k2m9x4q1z-arrival-fal5-vx")]
    [InlineData("pc-7k2m9x4q1z-arrival-fal99-v1")]
    [InlineData("pc-7k2m9x4q1z-inbound-fal5-v1")]
    [InlineData("pc-7k2m9x4q1z-permit--v1")]
    [InlineData("-permit-pm-q4k8z2m7xa-v1")]
    [InlineData("permit-pm-q4k8z2m7xa-v1")]
    [InlineData("-v1")]
    [InlineData("pc-7k2m9x4q1z-arrival-fal5-v01")]
    [InlineData("pc-7k2m9x4q1z-permit-pm-q4k8z2m7xa-v007")]
    public void TryParse_NotACaseId_False(string? caseId)
    {
        Assert.False(CaseIds.TryParse(caseId, out _, out _, out _, out _));
    }

    private static DocumentVersion Version(string portCallId, string direction, string type, int version) => new()
    {
        DocumentId = DocumentStore.DocumentIdOf(portCallId, direction, type),
        PortCallId = portCallId,
        AgentId = "AG-A",
        Direction = direction,
        Type = type,
        Version = version,
        Sha256 = "sha",
        ContentType = "application/json",
        BlobName = "blob",
        ReceivedAt = DateTimeOffset.UnixEpoch,
        State = DocumentStore.AcceptedState,
    };
}
