namespace Ics2Port.Functions.Tests.Supplies;

using System.Net;
using System.Text.Json;
using Ics2Port.Functions.Tests.Fallback;

/// <summary>Files ship supplies through a <see cref="FallbackHarness"/> and reads back where each stands.</summary>
internal static class SupplyOutages
{
    /// <summary>Files a supply as the harness's supplier and answers its receipt.</summary>
    public static async Task<JsonElement> FileSupplyAsync(this FallbackHarness harness, string portCallId, string body)
    {
        using var response = await harness.Supplier.PostAsync($"/api/port-calls/{portCallId}/supplies", Api.Json(body));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Filing the supply answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    /// <summary>Files a new version of a supply as the harness's supplier and answers its receipt.</summary>
    public static async Task<JsonElement> ReviseSupplyAsync(this FallbackHarness harness, string portCallId, string supplyId, string body)
    {
        using var response = await harness.Supplier.PutAsync($"/api/port-calls/{portCallId}/supplies/{supplyId}", Api.Json(body));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Revising the supply answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    /// <summary>The supply's state as its supplier's GET and the ship's agent's list of the port call show it.</summary>
    public static async Task<(string Get, string List)> SupplyStatesAsync(this FallbackHarness harness, string portCallId, string supplyId)
    {
        var supply = await harness.Supplier.GetFromJsonElementAsync($"/api/port-calls/{portCallId}/supplies/{supplyId}");
        var list = await harness.AgentA.GetFromJsonElementAsync($"/api/port-calls/{portCallId}/supplies");
        var item = list.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("supplyId").GetString() == supplyId);
        return (supply.State(), item.State());
    }

    /// <summary>The case id of a supply version: <c>{portCallId}-supply-{supplyId}-v{version}</c>.</summary>
    public static string CaseId(JsonElement receipt) =>
        $"{receipt.GetProperty("portCallId").GetString()}-supply-{receipt.GetProperty("supplyId").GetString()}-v{receipt.GetProperty("version").GetInt32()}";
}
