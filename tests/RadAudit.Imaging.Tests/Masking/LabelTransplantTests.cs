using CsCheck;
using RadAudit.Core;
using RadAudit.Imaging.Masking;

namespace RadAudit.Imaging.Tests.Masking;

public sealed class LabelTransplantTests
{
    private static GrayImage Flat(int width, int height, float value)
    {
        var image = new GrayImage(width, height);
        Array.Fill(image.Pixels, value);
        return image;
    }

    private static void Paint(GrayImage image, LabelBox box, float value)
    {
        for (int y = box.Y; y < box.Bottom; y++)
            for (int x = box.X; x < box.Right; x++) image[x, y] = value;
    }

    private static LabelBox Box(int x, int y, int width, int height) => new("p.png", x, y, width, height, LabelKinds.Laterality);

    [Fact]
    public void Should_replace_the_recipients_label_by_the_donors_centred_where_the_recipients_was()
    {
        // Given a recipient with a bright label at the top left and a same-size donor with a mid-gray label at the bottom right
        GrayImage recipient = Flat(60, 60, 0.2f), donor = Flat(60, 60, 0.2f);
        LabelBox own = Box(6, 6, 8, 8), foreign = Box(44, 44, 8, 8);
        Paint(recipient, own, 1f);
        Paint(donor, foreign, 0.6f);

        // When the donor's label is transplanted
        GrayImage swapped = LabelTransplant.Apply(recipient, [own], donor, [foreign], margin: 2);

        // Then the recipient's label pixels now hold the donor's value, nothing bright is left, the donor's corner is
        // untouched background, and the inputs did not change
        for (int y = own.Y; y < own.Bottom; y++)
            for (int x = own.X; x < own.Right; x++) Assert.Equal(0.6f, swapped[x, y], 4);
        Assert.DoesNotContain(swapped.Pixels, value => value > 0.61f);
        Assert.Equal(0.2f, swapped[48, 48]);
        Assert.Equal(1f, recipient[8, 8]);
        Assert.Equal(0.6f, donor[48, 48]);
    }

    [Fact]
    public void Should_paste_onto_an_image_without_labels_where_the_donor_had_them_relative_to_its_size()
    {
        // Given a 100 × 50 recipient without labels and a 200 × 100 donor labelled near its bottom-right corner
        // When the placement is computed
        PixelRectangle? placed = LabelTransplant.Placement(100, 50, [], 200, 100, [Box(170, 80, 16, 10)], margin: 2);

        // Then the donor's region (20 × 14 with the margin) is halved with the image and centred at the same relative spot
        Assert.Equal(new PixelRectangle(84, 39, 10, 7), placed); // centre (178, 85) of 200 × 100 → (89, 42.5) of 100 × 50
    }

    [Fact]
    public void Should_only_remove_the_labels_when_the_donor_has_none()
    {
        // Given a labelled recipient and an unlabelled donor
        GrayImage recipient = Flat(30, 30, 0.3f);
        Paint(recipient, Box(5, 5, 6, 6), 1f);

        // When transplanting, then the label is filled from its surroundings and nothing is pasted
        GrayImage swapped = LabelTransplant.Apply(recipient, [Box(5, 5, 6, 6)], Flat(30, 30, 0.9f), []);
        Assert.All(swapped.Pixels, value => Assert.Equal(0.3f, value, 4));
    }

    [Fact]
    public void Should_keep_the_pasted_region_inside_the_image_for_any_boxes_and_sizes()
    {
        // Given random recipients and donors of different sizes with boxes that may cross the edges
        var boxes = Gen.Select(Gen.Int[-4, 60], Gen.Int[-4, 60], Gen.Int[1, 30], Gen.Int[1, 30])
            .Select((x, y, w, h) => Box(x, y, w, h)).Array[0, 3];
        Gen.Select(Gen.Int[8, 64], Gen.Int[8, 64], boxes, Gen.Int[8, 64], Gen.Int[8, 64], boxes).Sample((rw, rh, own, dw, dh, foreign) =>
        {
            // When the placement is computed
            PixelRectangle? placed = LabelTransplant.Placement(rw, rh, own, dw, dh, foreign);

            // Then it exists exactly when the donor has a label inside its image, and lies wholly inside the recipient
            bool donorHasLabel = LabelTransplant.Region(dw, dh, foreign) is not null;
            Assert.Equal(donorHasLabel, placed is not null);
            if (placed is PixelRectangle rectangle)
                Assert.True(rectangle.X >= 0 && rectangle.Y >= 0 && rectangle.Right <= rw && rectangle.Bottom <= rh && !rectangle.IsEmpty, rectangle.ToString());
            GrayImage result = LabelTransplant.Apply(Flat(rw, rh, 0.5f), own, Flat(dw, dh, 0.5f), foreign);
            Assert.Equal((rw, rh), (result.Width, result.Height));
        }, iter: 300, seed: "0a1Tr4nsPl4nt");
    }
}
