namespace Ics2Port.Domain.Ens;

/// <summary>How the goods travel on the ship; decides between ENS-SEA-CONTAINER and ENS-SEA-BULK.</summary>
public enum SeaCargoType
{
    /// <summary>Containerised cargo (<c>container</c>).</summary>
    Container,

    /// <summary>Dry or liquid bulk (<c>bulk</c>).</summary>
    Bulk,

    /// <summary>General cargo in single pieces (<c>break-bulk</c>).</summary>
    BreakBulk,

    /// <summary>Rolling cargo driven on and off (<c>ro-ro</c>).</summary>
    RoRo,
}
