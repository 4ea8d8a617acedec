namespace Ics2Port.Functions.Access;

/// <summary>Who is calling (CONTRACT.md "Identity and access").</summary>
public enum PrincipalKind
{
    /// <summary>A shipping agency: sees and changes only its own port calls, documents and permits.</summary>
    Agent,

    /// <summary>The port authority or customs integration: reads every agent's data.</summary>
    Authority,

    /// <summary>A customs control point (MKP): sees the port calls of its port, decides their permits and endorses their manifests.</summary>
    Customs,

    /// <summary>A ship supplier (ship chandler, bunkering company): files and reads only its own ship supplies.</summary>
    Supplier,
}
