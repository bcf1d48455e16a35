using System.Globalization;
using System.Net;
using System.Text;
using Tamara.Emulator.Currencies;
using Tamara.Emulator.Orders;

namespace Tamara.Emulator.Control;

/// <summary>GET /_emulator/: the orders at a glance, with links to their checkout pages and JSON, for a developer's browser.</summary>
internal static class DashboardPage
{
    private static string Amount(decimal amount, OrderView order) => MoneyText.Html(amount, order.Currency);

    public static string Render(IReadOnlyList<OrderView> orders, DateTimeOffset now)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tamara emulator</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{padding:.3rem .6rem;border-bottom:1px solid #ddd;text-align:left}</style>")
            .Append("</head><body><h1>Tamara emulator</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p>Emulated time: {WebUtility.HtmlEncode(now.ToString("u", CultureInfo.InvariantCulture))}</p>")
            .Append("<table><thead><tr><th>Order</th><th>Reference</th><th>Status</th><th>Total</th><th>Captured</th><th>Canceled</th><th>Refunded</th><th></th></tr></thead><tbody>");
        foreach (var order in orders.Reverse())
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{order.OrderId}</td><td>{WebUtility.HtmlEncode(order.OrderReferenceId)}</td><td>{order.Status}</td>")
                .Append(CultureInfo.InvariantCulture,
                $"<td>{Amount(order.TotalAmount, order)}</td><td>{Amount(order.CapturedAmount, order)}</td><td>{Amount(order.CanceledAmount, order)}</td><td>{Amount(order.RefundedAmount, order)}</td>")
                .Append(CultureInfo.InvariantCulture,
                $"<td><a href=\"/hosted/checkout/{order.CheckoutId}\">checkout page</a> · <a href=\"/_emulator/orders/{order.OrderId}\">history</a></td></tr>");
        }

        html.Append("</tbody></table><p><a href=\"/_emulator/notifications\">Notifications</a> · <a href=\"/_emulator/settings\">Settings</a> · <a href=\"/_emulator/faults\">Faults</a></p></body></html>");
        return html.ToString();
    }
}
