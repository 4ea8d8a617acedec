namespace Ics2Port.Storage;

/// <summary>How an update treats properties the stored entity has and the new one lacks.</summary>
public enum TableUpdateMode
{
    /// <summary>Keep them: only the given properties are written (HTTP <c>MERGE</c>).</summary>
    Merge,

    /// <summary>Drop them: the entity is replaced whole (HTTP <c>PUT</c>).</summary>
    Replace,
}
