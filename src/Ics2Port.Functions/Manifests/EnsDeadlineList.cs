namespace Ics2Port.Functions.Manifests;

/// <summary>The ENS deadlines of the latest arrival manifest, per consignment (ENS-SEA-*).</summary>
public sealed record EnsDeadlineList(string PortCallId, int ManifestVersion, IReadOnlyList<EnsDeadlineView> Consignments);
