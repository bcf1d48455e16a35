using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Tamara.Emulator.Infrastructure;
using Tamara.Emulator.Currencies;
using Tamara.Emulator.Orders;

namespace Tamara.Emulator.Checkout;

/// <summary>The HTML of the page at checkout_url: the order, the plan, and Approve / Decline / Cancel as forms.</summary>
internal static class HostedCheckoutPage
{
    #region Utilities

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string Amount(decimal amount, EmulatedOrder order) => MoneyText.Html(amount, order.Currency);

    private static string Date(DateTimeOffset date) => Encode(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static decimal? MoneyOf(JsonNode? money) => money is JsonObject value ? MoneyJson.ReadAmount(value) : null;

    /// <summary>Equal instalments to the minor digit; the first (paid today) takes what division leaves over.</summary>
    private static IReadOnlyList<decimal> Instalments(EmulatedOrder order, int count)
    {
        var decimals = TamaraCountry.ByCurrency(order.Currency)!.Decimals;
        var scale = (decimal)Math.Pow(10, decimals);
        var each = Math.Floor(order.TotalAmount / count * scale) / scale;
        return [order.TotalAmount - each * (count - 1), .. Enumerable.Repeat(each, count - 1)];
    }

    private static void AppendPlan(StringBuilder html, EmulatedOrder order, HostedPageText text)
    {
        html.Append($"<h2>{Encode(text.Plan)}</h2>");
        if (order.PaymentType == "PAY_BY_INSTALMENTS" && order.Instalments is { } count)
        {
            html.Append("<ol class=\"plan\">");
            var amounts = Instalments(order, count);
            for (var index = 0; index < amounts.Count; index++)
            {
                // Monthly instalments from the day of the checkout (the emulated clock's day).
                var label = index == 0 ? text.Today : text.Later;
                html.Append($"<li>{Encode(label)} ({Encode(text.Due)} {Date(order.CreatedAt.AddMonths(index))}): {Amount(amounts[index], order)}</li>");
            }

            html.Append("</ol>");
        }
        else
        {
            var (plan, due) = order.PaymentType switch
            {
                "PAY_NOW" => (text.PayNow, order.CreatedAt),
                "PAY_NEXT_MONTH" => (text.PayNextMonth, order.CreatedAt.AddMonths(1)),
                _ => (order.PaymentType, order.CreatedAt)
            };
            html.Append($"<p class=\"plan\">{Encode(plan)} ({Encode(text.Due)} {Date(due)}): {Amount(order.TotalAmount, order)}</p>");
        }
    }

    private static void AppendItems(StringBuilder html, EmulatedOrder order, HostedPageText text)
    {
        html.Append($"<table><thead><tr><th>{Encode(text.Item)}</th><th>{Encode(text.Quantity)}</th><th>{Encode(text.Amount)}</th></tr></thead><tbody>");
        foreach (var item in order.Request["items"] as JsonArray ?? [])
        {
            var amount = MoneyOf(item?["total_amount"]) ?? 0;
            html.Append($"<tr class=\"item\"><td>{Encode(item?["name"]?.ToString())}</td><td>{Encode(item?["quantity"]?.ToString())}</td><td>{Amount(amount, order)}</td></tr>");
        }

        html.Append("</tbody><tfoot>");
        html.Append($"<tr><td colspan=\"2\">{Encode(text.Shipping)}</td><td>{Amount(order.ShippingAmount, order)}</td></tr>");
        html.Append($"<tr><td colspan=\"2\">{Encode(text.Tax)}</td><td>{Amount(order.TaxAmount, order)}</td></tr>");
        if (order.DiscountAmount > 0)
            html.Append($"<tr><td colspan=\"2\">{Encode(text.Discount)} {Encode(order.DiscountName)}</td><td>{Amount(-order.DiscountAmount, order)}</td></tr>");
        html.Append($"<tr class=\"total\"><th colspan=\"2\">{Encode(text.Total)}</th><th>{Amount(order.TotalAmount, order)}</th></tr>");
        html.Append("</tfoot></table>");
    }

    #endregion

    #region Methods

    public static string Render(EmulatedOrder order)
    {
        var text = HostedPageText.For(order.Locale);
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"{text.Language}\" dir=\"{text.Direction}\"><head><meta charset=\"utf-8\">");
        html.Append($"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{Encode(text.Title)}</title>");
        html.Append("<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}")
            .Append("table{width:100%;border-collapse:collapse}td,th{padding:.4rem;border-bottom:1px solid #ddd;text-align:start}")
            .Append("form{display:inline-block;margin:.5rem .5rem 0 0}button{font-size:1rem;padding:.6rem 1.4rem;border-radius:.4rem;border:1px solid #999;cursor:pointer}")
            .Append("button.approve{background:#1a7f37;color:#fff}button.decline{background:#b42318;color:#fff}</style></head><body>");
        html.Append($"<h1>{Encode(text.Title)}</h1>");
        html.Append($"<p>{Encode(text.Order)} {Encode(order.OrderNumber ?? order.OrderReferenceId)}</p>");
        AppendItems(html, order, text);
        AppendPlan(html, order, text);

        if (order.Status == OrderStatuses.New)
        {
            foreach (var (decision, label) in new[] { ("approve", text.Approve), ("decline", text.Decline), ("cancel", text.Cancel) })
                html.Append($"<form method=\"post\" action=\"/hosted/checkout/{order.CheckoutId}/{decision}\"><button type=\"submit\" class=\"{decision}\" name=\"decision\" value=\"{decision}\">{Encode(label)}</button></form>");
        }
        else
            html.Append($"<p class=\"closed\">{Encode(string.Format(CultureInfo.InvariantCulture, text.NotOpen, order.Status))}</p>");

        html.Append("</body></html>");
        return html.ToString();
    }

    /// <summary>The page for a checkout id the emulator does not know (a browser gets HTML, not the API's JSON error).</summary>
    public static string RenderNotFound(string checkoutId)
    {
        var text = HostedPageText.English;
        return $"<!DOCTYPE html><html lang=\"{text.Language}\" dir=\"{text.Direction}\"><head><meta charset=\"utf-8\"><title>{Encode(text.Title)}</title></head>"
            + $"<body><h1>{Encode(text.Title)}</h1><p class=\"not-found\">{Encode(string.Format(CultureInfo.InvariantCulture, text.NotFound, checkoutId))}</p></body></html>";
    }

    /// <summary>Where the browser goes after a decision: the merchant's URL with orderId and paymentStatus.</summary>
    public static string RedirectUrl(EmulatedOrder order, string decision) => decision switch
    {
        "approve" => UrlQuery.Append(order.MerchantUrls.Success, ("orderId", order.OrderId), ("paymentStatus", "approved")),
        "decline" => UrlQuery.Append(order.MerchantUrls.Failure, ("orderId", order.OrderId), ("paymentStatus", "declined")),
        _ => UrlQuery.Append(order.MerchantUrls.Cancel, ("orderId", order.OrderId), ("paymentStatus", "canceled"))
    };

    #endregion
}
