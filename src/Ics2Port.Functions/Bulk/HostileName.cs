namespace Ics2Port.Functions.Bulk;

/// <summary>Why a blob name is refused; <see cref="Addressable"/> says whether the blob can be moved by its name at all.</summary>
public sealed record HostileName(string Reason, bool Addressable);
