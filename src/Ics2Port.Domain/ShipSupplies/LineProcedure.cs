namespace Ics2Port.Domain.ShipSupplies;

/// <summary>The procedure one line goes under, by which rule, and whether a re-export notification is due for it.</summary>
/// <param name="Line">The zero-based index of the line.</param>
/// <param name="Procedure">One of <see cref="SupplyProcedures"/>.</param>
/// <param name="Rule">SUP-EXPORT, SUP-NON-UNION or SUP-NON-UNION-EQUIPMENT.</param>
/// <param name="ReExportNotification">True when the goods leave directly from a ship, a free zone or temporary storage (SUP-REEXPORT-NOTICE).</param>
public sealed record LineProcedure(int Line, string Procedure, string Rule, bool ReExportNotification);
