namespace Tamara.Emulator.Checkout;

/// <summary>The words of the hosted checkout page in English and Arabic.</summary>
internal sealed record HostedPageText(
    string Language,
    string Direction,
    string Title,
    string Order,
    string Item,
    string Quantity,
    string Amount,
    string Shipping,
    string Tax,
    string Discount,
    string Total,
    string Plan,
    string Today,
    string Later,
    string PayNow,
    string PayNextMonth,
    string Approve,
    string Decline,
    string Cancel,
    string NotOpen)
{
    public static readonly HostedPageText English = new("en", "ltr", "Pay with Tamara (emulator)", "Order", "Item", "Qty", "Amount",
        "Shipping", "Tax", "Discount", "Total", "Your plan", "Today", "Later", "Pay now in full", "Pay next month",
        "Approve", "Decline", "Cancel", "This checkout is {0} and can no longer be completed.");

    public static readonly HostedPageText Arabic = new("ar", "rtl", "ادفع مع تمارا (محاكي)", "الطلب", "المنتج", "الكمية", "المبلغ",
        "الشحن", "الضريبة", "الخصم", "الإجمالي", "خطتك", "اليوم", "لاحقاً", "ادفع الآن كامل المبلغ", "ادفع الشهر القادم",
        "موافقة", "رفض", "إلغاء", "عملية الدفع هذه {0} ولا يمكن إكمالها.");

    public static HostedPageText For(string locale) => locale.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? Arabic : English;
}
